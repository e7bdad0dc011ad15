import type { Account } from "../account.js";
import { verifyAuditChain, type AuditRecord } from "../audit-chain.js";
import type { Actor } from "../people.js";
import type { Deps } from "../ports.js";
import { decodeCursor, encodeCursor, registerQuerySchema, REGISTER_QUERY_LABELS, registerSearchKey, type RegisterItem, type RegisterPage, type RegisterQueryInput } from "../register.js";
import { parseOrThrow } from "../validation.js";
import { pendingKey } from "./account-filing-service.js";
import { registerScope, registerStoreOf } from "./register-scope.js";

const DEFAULT_PAGE = 20;

/** One entry of an account's history: a record of its own chain or of one of its filings' chains. */
export interface AccountHistoryEntry extends AuditRecord {
  source: "account" | "filing";
  filingId?: string;
  filingKind?: string;
}

/** 备案登记: the register list (search, filters, pages) and an account's page, for admins and operators. */
export function registerService(deps: Deps) {
  const { store } = deps;
  const scope = registerScope(deps);

  async function withUnitNames(accounts: Account[]): Promise<RegisterItem[]> {
    const units = await registerStoreOf(deps).getUnits(accounts.map((a) => a.unitId));
    const names = new Map(units.map((u) => [u.unitId, u.name]));
    return accounts.map((a) => ({ ...a, unitName: names.get(a.unitId) ?? a.unitId }));
  }

  /** One page: a key-range query per unit partition, or one prefix query on the search keys. */
  async function page(actor: Actor, input: RegisterQueryInput): Promise<RegisterPage<RegisterItem>> {
    const register = registerStoreOf(deps);
    const unitIds = await scope.unitsFor(actor, input.unitId, input.subUnits !== "0");
    const after = input.cursor ? decodeCursor(input.cursor) : undefined;
    const limit = input.limit ?? DEFAULT_PAGE;
    const key = input.q ? registerSearchKey(input.q) : "";
    const filters = { unitIds, platform: input.platform, status: input.status, limit, after };
    const slice = key ? await register.searchAccounts({ ...filters, key, exact: false }) : await register.listAccounts(filters);
    return { items: await withUnitNames(slice.accounts), nextCursor: slice.last ? encodeCursor(slice.last) : undefined };
  }

  return {
    parseQuery: (query: unknown) => parseOrThrow(registerQuerySchema, query, REGISTER_QUERY_LABELS),

    list: (actor: Actor, query: unknown) => page(actor, parseOrThrow(registerQuerySchema, query, REGISTER_QUERY_LABELS)),

    /** Every page of a query, for the export (bounded by what the query matches, read page by page). */
    async all(actor: Actor, query: unknown, max: number): Promise<RegisterItem[]> {
      const input = parseOrThrow(registerQuerySchema, query, REGISTER_QUERY_LABELS);
      const items: RegisterItem[] = [];
      let cursor: string | undefined;
      do {
        const next = await page(actor, { ...input, limit: 100, cursor });
        items.push(...next.items);
        cursor = next.nextCursor;
      } while (cursor && items.length < max);
      return items.slice(0, max);
    },

    /** The account's current data and its whole history, newest first, with its chain checked. */
    async account(actor: Actor, accountId: string) {
      const account = await scope.assertCanSee(actor, await store.getAccount(accountId));
      const own = await store.listAudit(accountId);
      const pending = await store.getClaim(pendingKey(accountId));
      const filingIds = new Set<string>([account.filingId]);
      for (const record of own) if (typeof record.details.filingId === "string") filingIds.add(record.details.filingId);
      if (pending) filingIds.add(pending.filingId);
      const filings = (await Promise.all([...filingIds].map((id) => store.getFiling(id)))).filter((f) => f !== undefined);
      const filingHistories = await Promise.all(filings.map(async (f) => ({ filing: f, records: await store.listAudit(f.filingId) })));
      const history: AccountHistoryEntry[] = [
        ...own.map((r) => ({ ...r, source: "account" as const })),
        ...filingHistories.flatMap(({ filing, records }) => records.map((r) => ({ ...r, source: "filing" as const, filingId: filing.filingId, filingKind: filing.kind }))),
      ].sort((a, b) => (a.at === b.at ? b.seq - a.seq : a.at < b.at ? 1 : -1));
      const [item] = await withUnitNames([account]);
      return {
        account: item,
        history,
        filings: filings.map((f) => ({ filingId: f.filingId, kind: f.kind, status: f.status, round: f.round, createdAt: f.createdAt })),
        chain: verifyAuditChain(own, account.auditHead),
      };
    },
  };
}

export type RegisterService = ReturnType<typeof registerService>;
