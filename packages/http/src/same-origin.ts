import { fail } from "@beian/core";
import type { MiddlewareHandler } from "hono";

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Cross-site request forgery guard for cookie-authenticated writes (SameSite=Lax alone lets some
 * through). A browser names the page that sent a request in `Origin` (and `Sec-Fetch-Site`): a
 * state-changing request is accepted from this site only — the public base URL's origin, or the
 * origin the request was addressed to. Clients that send neither header are not browsers carrying
 * someone's cookie.
 */
export function sameOrigin(baseUrl: string): MiddlewareHandler {
  const publicOrigin = new URL(baseUrl).origin;
  return async (c, next) => {
    if (UNSAFE.has(c.req.method)) {
      const origin = c.req.header("origin");
      const site = c.req.header("sec-fetch-site");
      const host = c.req.header("host");
      // Pages served with Referrer-Policy: no-referrer post with `Origin: null`; Sec-Fetch-Site still tells.
      const named = origin && origin !== "null" ? origin : undefined;
      const allowed = named ? named === publicOrigin || (host !== undefined && safeHost(named) === host) : site === undefined || site === "same-origin" || site === "none";
      if (!allowed) throw fail("ORIGIN_NOT_ALLOWED");
    }
    await next();
  };
}

function safeHost(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}
