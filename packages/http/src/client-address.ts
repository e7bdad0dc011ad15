import type { Context } from "hono";

/** Where a request came from, as the platform vouches for it (never a header the client alone controls). */
export type ClientAddress = (c: Context) => string | undefined;

/**
 * The address of the peer that connected, or — behind `trustedProxies` proxies of our own (each
 * appending the address it saw to X-Forwarded-For) — the entry the outermost trusted proxy appended.
 * Entries left of it are whatever the client sent and are never used.
 */
export function clientAddress(peer: (c: Context) => string | undefined, trustedProxies = 0): ClientAddress {
  return (c) => {
    if (trustedProxies === 0) return peer(c);
    const hops = (c.req.header("x-forwarded-for") ?? "")
      .split(",")
      .map((h) => h.trim())
      .filter(Boolean);
    return hops[hops.length - trustedProxies] ?? peer(c);
  };
}

/** The socket's remote address under @hono/node-server (the local runtime). */
export const nodePeer = (c: Context): string | undefined => (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress;

/** API Gateway's own record of the caller (HTTP API, payload v2), under hono/aws-lambda. */
export const lambdaPeer = (c: Context): string | undefined =>
  (c.env as { event?: { requestContext?: { http?: { sourceIp?: string } } } } | undefined)?.event?.requestContext?.http?.sourceIp;
