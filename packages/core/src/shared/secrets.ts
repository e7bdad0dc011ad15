import { createHash, createHmac, randomBytes } from "node:crypto";

/** 256 random bits, URL-safe: used for login links and sessions. */
export const mintOpaqueId = () => randomBytes(32).toString("base64url");

/**
 * 256 bits derived from a server-side secret and what the id stands for (an approval link's
 * assignment): the same inputs give the same id, so re-sending a mail re-sends the same link.
 * Without the secret, neither the id nor the inputs can be recovered from its stored digest.
 */
export const deriveOpaqueId = (secret: string, ...parts: (string | number)[]) =>
  createHmac("sha256", secret).update(parts.map(String).join("\u0000")).digest("base64url");

/** Only this digest is stored, so a leaked table does not leak working links or sessions. */
export const digest = (opaqueId: string) => createHash("sha256").update(opaqueId).digest("hex");

export const OPAQUE_ID_PATTERN = /^[A-Za-z0-9_-]{43}$/;
