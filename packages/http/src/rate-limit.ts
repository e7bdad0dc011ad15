import { DomainError, type Clock } from "@beian/core";
import type { Context, MiddlewareHandler } from "hono";

export interface RateLimitOptions {
  /** Requests a client may make in a burst. */
  capacity: number;
  /** Tokens regained per second. */
  refillPerSecond: number;
  clock: Clock;
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
    const client = clientOf(c);
    const now = options.clock.now().getTime();
    const bucket = buckets.get(client) ?? { tokens: options.capacity, at: now };
    bucket.tokens = Math.min(options.capacity, bucket.tokens + ((now - bucket.at) / 1000) * options.refillPerSecond);
    bucket.at = now;
    buckets.delete(client);
    buckets.set(client, bucket);
    if (buckets.size > MAX_CLIENTS) buckets.delete(buckets.keys().next().value!);
    if (bucket.tokens < 1) {
      c.header("Retry-After", String(Math.ceil((1 - bucket.tokens) / options.refillPerSecond)));
      throw new DomainError("too_many_requests", "RATE_LIMITED", "查询过于频繁，请稍后再试");
    }
    bucket.tokens -= 1;
    await next();
  };
}

/** The first X-Forwarded-For hop (set by CloudFront / the local proxy), else one shared local bucket. */
function clientOf(c: Context): string {
  return c.req.header("x-forwarded-for")?.split(",")[0]?.trim() || c.req.header("x-real-ip") || "local";
}
