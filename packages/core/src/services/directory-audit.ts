import { chainAudit } from "../audit-chain.js";
import { conflict } from "../errors.js";
import { DirectoryConflict, type DirectoryChange } from "../directory-ports.js";
import type { Store } from "../ports.js";
import type { AuditActor } from "./audit-append.js";

/** Entity id of the one audit chain every directory change (units, people, chains, delegations) appends to. */
export const DIRECTORY_AUDIT_ID = "directory";

const ATTEMPTS = 3;

/**
 * Writes a directory change with the next record of the directory's audit chain. Two admins
 * writing at once race on the chain head; the loser rebuilds its change on the new head.
 */
export async function commitDirectory(
  store: Store,
  actor: AuditActor,
  action: string,
  details: Record<string, unknown>,
  at: string,
  change: Omit<DirectoryChange, "audit" | "expectedAuditSeq">,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const head = await store.getDirectoryHead();
    const audit = chainAudit(
      { entityId: DIRECTORY_AUDIT_ID, seq: head.auditSeq + 1, at, actorId: actor.id, actorName: actor.name, action, details },
      head.auditHead,
    );
    try {
      await store.commitDirectoryChange({ ...change, audit, expectedAuditSeq: head.auditSeq });
      return;
    } catch (error) {
      if (error instanceof DirectoryConflict && error.part === "email") throw conflict("EMAIL_TAKEN", "该邮箱已被其他人员使用");
      if (!(error instanceof DirectoryConflict) || attempt >= ATTEMPTS) {
        if (error instanceof DirectoryConflict) throw conflict("DIRECTORY_BUSY", "组织机构正被他人修改，请稍后重试");
        throw error;
      }
    }
  }
}
