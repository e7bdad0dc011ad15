import type { FigureCount } from "./figures.js";
import type { ReportContext } from "./report-context.js";

/** One unit's figures for the ranking's period, per set. */
export interface UnitFigures {
  unitId: string;
  sum(set: string, match?: (key: string[]) => boolean): number;
}

/**
 * One term of the compliance score: the points it deducts from a unit. Update timeliness and
 * inspection results are more terms registered later; the formula on the page is the terms' rules.
 */
export interface RankingTerm {
  id: string;
  /** Column header. */
  label: string;
  /** The rule as the page states it. */
  rule: string;
  /** Figure sets it reads (a term whose sets are not registered is left out). */
  sets: string[];
  deduction(unit: UnitFigures, ctx: ReportContext): number;
}

export const RANKING_BASE = 100;

const SLOW_BUCKETS = new Set(["120", "168", "336", "more"]);

/** The terms available from what the system records today. */
export const CORE_RANKING_TERMS: RankingTerm[] = [
  {
    id: "returned",
    label: "退回修改扣分",
    rule: "提交审核的事项被退回修改，每次扣 2 分",
    sets: ["reviews"],
    deduction: (u) => 2 * u.sum("reviews", (k) => k[2] === "returned"),
  },
  {
    id: "rejected",
    label: "不予通过扣分",
    rule: "提交审核的事项不予通过，每次扣 5 分",
    sets: ["reviews"],
    deduction: (u) => 5 * u.sum("reviews", (k) => k[2] === "rejected"),
  },
  {
    id: "turnaround",
    label: "审核时效扣分",
    rule: "本单位事项某一审核环节等待超过 72 小时，每次扣 1 分",
    sets: ["stageWaits"],
    deduction: (u) => u.sum("stageWaits", (k) => SLOW_BUCKETS.has(k[3])),
  },
  {
    id: "credentials",
    label: "账号安全任务扣分",
    rule: "更换密码 / 解绑设备任务当前逾期未完成的每项扣 5 分，期内逾期完成的每项扣 2 分",
    sets: ["openCredentialTasks", "credentialTasks"],
    deduction: (u, ctx) => {
      const now = ctx.now.toISOString();
      return 5 * u.sum("openCredentialTasks", (k) => k[1] < now) + 2 * u.sum("credentialTasks", (k) => k[1] === "late");
    },
  },
  {
    id: "completeness",
    label: "备案完整度扣分",
    rule: "已备案账号未登记凭证保管人或最近密码更换日期，每项扣 1 分",
    sets: ["registerGaps"],
    deduction: (u) => u.sum("registerGaps"),
  },
];

/** One unit's sums over counts read per unit (the unit first in every key). */
export function unitFigures(unitId: string, bySet: Map<string, FigureCount[]>): UnitFigures {
  return {
    unitId,
    sum(set, match = () => true) {
      return (bySet.get(set) ?? []).reduce((s, c) => (c.key[0] === unitId && match(c.key) ? s + c.n : s), 0);
    },
  };
}
