import type { Actor } from "../directory/people.js";
import { parseOrThrow } from "../shared/validation.js";
import type { Account } from "./account.js";
import type { RegisterDeps } from "./register-deps.js";
import { registerQuerySchema, REGISTER_QUERY_LABELS, type RegisterQueryInput } from "./register-query.js";
import { decodeCursor, encodeCursor, registerSearchKey, type RegisterItem, type RegisterPage } from "./register-search.js";
import { registerScope } from "./scope.js";

const DEFAULT_PAGE = 20;

/** 备案登记: the register list (search, filters, pages), for admins and operators. */
export function registerService(deps: Pick<RegisterDeps, "register" | "directory">) {
  const { register, directory } = deps;
  const scope = registerScope(directory);

  async function withUnitNames(accounts: Account[]): Promise<RegisterItem[]> {
    const units = await directory.getUnits([...new Set(accounts.map((a) => a.unitId))]);
    const names = new Map(units.map((u) => [u.unitId, u.name]));
    return accounts.map((a) => ({ ...a, unitName: names.get(a.unitId) ?? a.unitId }));
  }

  /** One page: a key-range query per unit partition, or one prefix query on the search keys. */
  async function page(actor: Actor, input: RegisterQueryInput): Promise<RegisterPage<RegisterItem>> {
    const unitIds = await scope.unitsFor(actor, input.unitId, input.subUnits !== "0");
    const after = input.cursor ? decodeCursor(input.cursor) : undefined;
    const limit = input.limit ?? DEFAULT_PAGE;
    const filters = { unitIds, platform: input.platform, status: input.status, limit, after };
    if (!input.q) return listed(await register.listAccounts(filters));
    const key = registerSearchKey(input.q);
    // Text that normalizes to nothing ("#", "?") matches nothing; it is not "no filter".
    if (!key) return { items: [] };
    return listed(await register.searchAccounts({ ...filters, key, exact: false }));
  }

  async function listed(slice: { accounts: Account[]; last?: string }): Promise<RegisterPage<RegisterItem>> {
    return { items: await withUnitNames(slice.accounts), nextCursor: slice.last ? encodeCursor(slice.last) : undefined };
  }

  return {
    withUnitNames,

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
  };
}

export type RegisterService = ReturnType<typeof registerService>;
