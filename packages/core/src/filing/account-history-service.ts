import type { Actor } from "../directory/people.js";
import { registerScope } from "../register/scope.js";
import { verifyAuditChain, type AuditRecord } from "../shared/audit-chain.js";
import type { FilingDeps } from "./filing-deps.js";
import { pendingKey } from "./filing-state.js";

/** One entry of an account's history: a record of its own chain or of one of its filings' chains. */
export interface AccountHistoryEntry extends AuditRecord {
  source: "account" | "filing";
  filingId?: string;
  filingKind?: string;
}

/** An account's page: its current data and whole history (its own chain merged with its filings'). */
export function accountHistoryService(deps: Pick<FilingDeps, "accounts" | "filings" | "directory" | "audit">) {
  const { accounts, filings, directory, audit } = deps;
  const scope = registerScope(directory);

  return {
    async account(actor: Actor, accountId: string) {
      const account = await scope.assertCanSee(actor, await accounts.getAccount(accountId));
      const [own, pending, unit] = await Promise.all([audit.listAudit(accountId), accounts.getClaim(pendingKey(accountId)), directory.getUnit(account.unitId)]);
      const filingIds = new Set<string>([account.filingId]);
      for (const record of own) if (typeof record.details.filingId === "string") filingIds.add(record.details.filingId);
      if (pending) filingIds.add(pending.filingId);
      const found = (await Promise.all([...filingIds].map((id) => filings.getFiling(id)))).filter((f) => f !== undefined);
      const histories = await Promise.all(found.map(async (f) => ({ filing: f, records: await audit.listAudit(f.filingId) })));
      const history: AccountHistoryEntry[] = [
        ...own.map((r) => ({ ...r, source: "account" as const })),
        ...histories.flatMap(({ filing, records }) => records.map((r) => ({ ...r, source: "filing" as const, filingId: filing.filingId, filingKind: filing.kind }))),
      ].sort((a, b) => (a.at === b.at ? b.seq - a.seq : a.at < b.at ? 1 : -1));
      return {
        account: { ...account, unitName: unit?.name ?? account.unitId },
        history,
        filings: found.map((f) => ({ filingId: f.filingId, kind: f.kind, status: f.status, round: f.round, createdAt: f.createdAt })),
        chain: verifyAuditChain(own, account.auditHead),
      };
    },
  };
}
