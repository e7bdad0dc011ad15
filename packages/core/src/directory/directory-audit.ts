import { chainAudit } from "../shared/audit-chain.js";
import type { AuditActor } from "../shared/actors.js";
import { fail } from "../shared/errors.js";
import { StoreConflict, type Transactor, type TxWrite } from "../shared/ports.js";
import type { DirectoryStore } from "./ports.js";

/** Entity id of the one audit chain every directory change (units, people, chains, delegations) appends to. */
export const DIRECTORY_AUDIT_ID = "directory";

const ATTEMPTS = 3;

/**
 * Writes a directory change with the next record of the directory's audit chain. Two admins
 * writing at once race on the chain head; the loser rebuilds its change on the new head. `writes`
 * may come from other capabilities (a review chain is configuration kept on this chain).
 */
export async function commitDirectory(
  deps: { directory: DirectoryStore; tx: Transactor },
  actor: AuditActor,
  action: string,
  details: Record<string, unknown>,
  at: string,
  writes: TxWrite[],
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const head = await deps.directory.getDirectoryHead();
    const audit = chainAudit(
      { entityId: DIRECTORY_AUDIT_ID, seq: head.auditSeq + 1, at, actorId: actor.id, actorName: actor.name, action, details },
      head.auditHead,
    );
    try {
      await deps.tx.commit([...deps.directory.advanceHead(audit, head.auditSeq), ...writes]);
      return;
    } catch (error) {
      if (!(error instanceof StoreConflict)) throw error;
      if (error.part === "email") throw fail("EMAIL_TAKEN");
      if (error.part === "unitCode") throw fail("UNIT_CODE_TAKEN");
      if (attempt >= ATTEMPTS) throw fail("DIRECTORY_BUSY");
    }
  }
}
