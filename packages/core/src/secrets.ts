import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, URL-safe: used for approval links, login links and sessions. */
export const mintOpaqueId = () => randomBytes(32).toString("base64url");

/** Only this digest is stored, so a leaked table does not leak working links or sessions. */
export const digest = (opaqueId: string) => createHash("sha256").update(opaqueId).digest("hex");

export const OPAQUE_ID_PATTERN = /^[A-Za-z0-9_-]{43}$/;
