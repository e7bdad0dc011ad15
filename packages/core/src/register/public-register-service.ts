import { validationError } from "../shared/errors.js";
import { PLATFORMS } from "../shared/platforms.js";
import { ACCOUNT_STATUS_LABELS, type Account, type AccountStatus } from "./account.js";
import type { RegisterDeps } from "./register-deps.js";
import { decodeCursor, encodeCursor, registerSearchKey, type RegisterPage } from "./register-search.js";

/** What the public may know of a filed account: nothing about people (no leader, administrators, phones or emails). */
export interface PublicAccount {
  accountName: string;
  platform: string;
  platformLabel: string;
  platformAccountId: string;
  unitName: string;
  filingNumber: string;
  status: AccountStatus;
  statusLabel: string;
  filedAt: string;
  cancelledAt?: string;
  /** Announced with a cancellation (注销公告). */
  cancelReason?: string;
}

const MAX_MATCHES = 10;
const CANCELLED_PAGE = 20;

/** 账号核验 and 注销公告: the register as the public sees it, without login. */
export function publicRegisterService(deps: Pick<RegisterDeps, "register" | "directory">) {
  const { register, directory } = deps;
  async function toPublic(accounts: Account[]): Promise<PublicAccount[]> {
    const units = await directory.getUnits([...new Set(accounts.map((a) => a.unitId))]);
    const names = new Map(units.map((u) => [u.unitId, u.name]));
    return accounts.map((a) => ({
      accountName: a.accountName,
      platform: a.platform,
      platformLabel: PLATFORMS[a.platform].label,
      platformAccountId: a.data.platformAccountId,
      unitName: names.get(a.unitId) ?? "",
      filingNumber: a.filingNumber,
      status: a.status,
      statusLabel: ACCOUNT_STATUS_LABELS[a.status],
      filedAt: a.filedAt,
      ...(a.status === "cancelled" ? { cancelledAt: a.cancelledAt, cancelReason: a.statusReason } : {}),
    }));
  }

  return {
    /**
     * Whole-key match of a URL, a platform account id, an account name or a filing number, all
     * normalized alike (a URL typed with "https://", "www." or a trailing slash still matches).
     */
    async verify(rawQuery: unknown): Promise<{ query: string; found: boolean; matches: PublicAccount[] }> {
      const query = typeof rawQuery === "string" ? rawQuery.trim() : "";
      const key = registerSearchKey(query);
      if (!key || query.length > 200) {
        const message = "请输入账号网址、平台账号、账号名称或备案编号（200 字以内）";
        throw validationError([{ field: "q", code: query.length > 200 ? "TOO_LONG" : "REQUIRED", message }], message);
      }
      const { accounts } = await register.searchAccounts({ key, exact: true, limit: MAX_MATCHES });
      const matches = await toPublic(accounts);
      return { query, found: matches.length > 0, matches };
    },

    /** 注销公告: cancelled accounts, latest first. */
    async cancelled(rawCursor: unknown): Promise<RegisterPage<PublicAccount>> {
      const after = typeof rawCursor === "string" && rawCursor ? decodeCursor(rawCursor) : undefined;
      const slice = await register.listCancelled(CANCELLED_PAGE, after);
      return { items: await toPublic(slice.accounts), nextCursor: slice.last ? encodeCursor(slice.last) : undefined };
    },
  };
}

export type PublicRegisterService = ReturnType<typeof publicRegisterService>;
