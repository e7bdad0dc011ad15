import type { Account } from "../../register/account.js";
import type { Filing } from "../../filing/filing.js";
import type { FigureCount } from "../figures.js";
import { NOW } from "../figures.js";
import type { FigureSource } from "../figure-source.js";
import { monthOf } from "../months.js";

/** Register figure sets: accounts by status now, and what happened to accounts per month. */
export const REGISTER_SETS = {
  /** [unit, platform, status] → accounts now. */
  accounts: { platform: true, period: "now" },
  /** [unit, platform, opened | changed | cancelled] → per month. */
  accountEvents: { platform: true, period: "month" },
  /** [unit, platform, custody | password] → filed accounts missing who holds the login, or the last password change. */
  registerGaps: { platform: true, period: "now" },
} as const;

/**
 * An account counts once under its current unit, platform and status; it was opened in the month it
 * was filed (or imported) and cancelled in the month of its cancellation. Figures follow the
 * account's current unit: an account transferred by a change counts under its new unit.
 */
export const accountFigures: FigureSource<Account> = {
  entity: "account",
  sets: REGISTER_SETS,
  count(a) {
    const out: FigureCount[] = [
      { set: "accounts", period: NOW, key: [a.unitId, a.platform, a.status], n: 1 },
      { set: "accountEvents", period: monthOf(a.filedAt), key: [a.unitId, a.platform, "opened"], n: 1 },
    ];
    if (a.status === "cancelled" && a.cancelledAt) out.push({ set: "accountEvents", period: monthOf(a.cancelledAt), key: [a.unitId, a.platform, "cancelled"], n: 1 });
    if (a.status === "filed") {
      if (!a.custody?.holders?.length) out.push({ set: "registerGaps", period: NOW, key: [a.unitId, a.platform, "custody"], n: 1 });
      if (!a.custody?.lastPasswordChangeAt) out.push({ set: "registerGaps", period: NOW, key: [a.unitId, a.platform, "password"], n: 1 });
    }
    return out;
  },
};

/** An approved 变更 counts in the month it was approved, under the unit that filed it. */
export const changeFilingFigures: FigureSource<Filing> = {
  entity: "filing",
  sets: { accountEvents: REGISTER_SETS.accountEvents },
  count(f) {
    if (f.kind !== "change" || f.status !== "filed") return [];
    return [{ set: "accountEvents", period: monthOf(f.updatedAt), key: [f.unitId, f.platform, "changed"], n: 1 }];
  },
};
