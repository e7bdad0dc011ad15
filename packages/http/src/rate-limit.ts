import { fail, type Clock } from "@beian/core";
import type { MiddlewareHandler } from "hono";
import type { ClientAddress } from "./client-address.js";

export interface RateLimitOptions {
  /** Requests a client may make in a burst. */
  capacity: number;
  /** Tokens regained per second. */
  refillPerSecond: number;
  clock: Clock;
  /** Who the client is; a request with no address the platform vouches for is not counted. */
  client: ClientAddress;
  message?: string;
}

/** Buckets kept at most; past that the oldest are forgotten (a forgotten client just starts full). */
const MAX_CLIENTS = 10_000;

/**
 * A per-client token bucket for the public endpoints, in memory. It protects one process (the local
 * server, one warm Lambda); in AWS the real guard sits in front: API Gateway stage throttling and a
 * WAF rate-based rule per source IP on the CloudFront distribution.
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return async (c, next) => {
    const client = options.client(c);
    if (!client) return next();
    const now = options.clock.now().getTime();
    const bucket = buckets.get(client) ?? { tokens: options.capacity, at: now };
    bucket.tokens = Math.min(options.capacity, bucket.tokens + ((now - bucket.at) / 1000) * options.refillPerSecond);
    bucket.at = now;
    buckets.delete(client);
    buckets.set(client, bucket);
    if (buckets.size > MAX_CLIENTS) buckets.delete(buckets.keys().next().value!);
    if (bucket.tokens < 1) {
      c.header("Retry-After", String(Math.ceil((1 - bucket.tokens) / options.refillPerSecond)));
      throw fail("RATE_LIMITED", options.message ?? "请求过于频繁，请稍后再试");
    }
    bucket.tokens -= 1;
    await next();
  };
}
