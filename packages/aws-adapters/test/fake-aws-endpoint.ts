import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedCall {
  /** `AWSStepFunctions.StartExecution` or `secretsmanager.GetSecretValue` for JSON-protocol services, `POST /v2/email/outbound-emails` for REST ones. */
  operation: string;
  body: any;
  headers: IncomingMessage["headers"];
}

type Reply = { status?: number; body: unknown };
type Responder = (call: RecordedCall) => Reply | undefined;

/**
 * A local HTTP endpoint standing in for Step Functions, SES v2 and Secrets Manager at the wire level, so the real
 * SDK clients (serialization, signing, error parsing) run against it and nothing reaches AWS.
 */
export async function startFakeAwsEndpoint() {
  const calls: RecordedCall[] = [];
  let responder: Responder = () => undefined;

  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const target = request.headers["x-amz-target"];
    const call: RecordedCall = {
      operation: typeof target === "string" ? target : `${request.method} ${request.url}`,
      body: text ? JSON.parse(text) : undefined,
      headers: request.headers,
    };
    calls.push(call);
    const reply = responder(call) ?? defaultReply(call);
    response.writeHead(reply.status ?? 200, { "content-type": typeof target === "string" ? "application/x-amz-json-1.0" : "application/json" });
    response.end(JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    calls,
    /** Overrides the answer to matching calls; return undefined to fall back to the default. */
    respond(next: Responder) {
      responder = next;
    },
    async stop() {
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

let messageCount = 0;

function defaultReply(call: RecordedCall): Reply {
  const now = Date.now() / 1000;
  switch (call.operation) {
    case "AWSStepFunctions.StartExecution":
      return { body: { executionArn: `arn:aws:states:ap-southeast-1:123456789012:execution:review:${call.body.name}`, startDate: now } };
    case "AWSStepFunctions.SendTaskSuccess":
      return { body: {} };
    case "POST /v2/email/outbound-emails":
      return { body: { MessageId: `message-${++messageCount}` } };
    default:
      return { status: 400, body: { __type: "UnknownOperationException", message: `fake endpoint does not know ${call.operation}` } };
  }
}

export type FakeAwsEndpoint = Awaited<ReturnType<typeof startFakeAwsEndpoint>>;

/** Client options pointing an SDK client at the fake endpoint with throwaway credentials. */
export function fakeClientConfig(endpoint: FakeAwsEndpoint) {
  return { endpoint: endpoint.url, region: "ap-southeast-1", credentials: { accessKeyId: "fake", secretAccessKey: "fake" }, maxAttempts: 1 };
}
