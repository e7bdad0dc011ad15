import { randomBytes } from "node:crypto";

/** An opaque token like the ones Step Functions hands to `.waitForTaskToken` tasks. */
export function mintTaskToken(): string {
  return randomBytes(48).toString("base64url");
}

/** Swaps a freshly minted token for the stored one wherever Parameters placed it. */
export function replaceToken(value: unknown, from: string, to: string): unknown {
  if (value === from) return to;
  if (Array.isArray(value)) return value.map((v) => replaceToken(v, from, to));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceToken(v, from, to)]));
  }
  return value;
}
