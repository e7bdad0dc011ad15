import type { AuditActor } from "../shared/actors.js";
import { appendToChain } from "../shared/audit-chain.js";
import type { Account } from "./account.js";
import type { AccountChange } from "./ports.js";

/** The account's next state and chain record, conditioned on the state it was read in. */
export function nextAccount(account: Account, patch: Partial<Account>, actor: AuditActor, action: string, details: Record<string, unknown>, at: string): AccountChange {
  const { entity, audit } = appendToChain({ ...account, ...patch, updatedAt: at }, account.accountId, actor, action, details, at);
  return { account: entity, expectedAuditSeq: account.auditSeq, expectedStatus: account.status, audit };
}
