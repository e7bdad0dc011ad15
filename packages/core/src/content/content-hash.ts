import { createHash } from "node:crypto";
import { canonicalJson } from "../shared/audit-chain.js";
import type { ContentVersion } from "./draft.js";

/**
 * The hash an approval is bound to: sha256 of the canonical JSON of everything that goes out
 * (title, body, type, source, author, accounts in a fixed order, images). The planned time is not
 * part of it: moving the date does not change what reviewers approved.
 */
export function contentHash(version: ContentVersion): string {
  const canonical = canonicalJson({
    title: version.title,
    body: version.body,
    type: version.type,
    source: version.source ?? "",
    author: version.author,
    accountIds: [...version.accountIds].sort(),
    images: version.images,
  });
  return createHash("sha256").update(canonical).digest("hex");
}
