import type { APIGatewayProxyEventV2 } from "aws-lambda";

/** An API Gateway HTTP API (payload v2) event, as the gateway hands it to the API Lambda. */
export function httpApiEvent(method: string, pathWithQuery: string, options: { body?: string; contentType?: string; cookies?: string[]; forwardedFor?: string; sourceIp?: string } = {}): APIGatewayProxyEventV2 {
  const [rawPath, rawQueryString = ""] = pathWithQuery.split("?");
  return {
    version: "2.0",
    routeKey: "$default",
    rawPath,
    rawQueryString,
    cookies: options.cookies,
    headers: {
      host: "abc123.execute-api.ap-southeast-1.amazonaws.com",
      "x-forwarded-proto": "https",
      ...(options.contentType ? { "content-type": options.contentType } : {}),
      ...(options.forwardedFor ? { "x-forwarded-for": options.forwardedFor } : {}),
    },
    requestContext: {
      accountId: "123456789012",
      apiId: "abc123",
      domainName: "abc123.execute-api.ap-southeast-1.amazonaws.com",
      domainPrefix: "abc123",
      http: { method, path: rawPath, protocol: "HTTP/1.1", sourceIp: options.sourceIp ?? "203.0.113.7", userAgent: "vitest" },
      requestId: `request-${Math.random().toString(36).slice(2)}`,
      routeKey: "$default",
      stage: "$default",
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
    },
    body: options.body,
    isBase64Encoded: false,
  };
}
