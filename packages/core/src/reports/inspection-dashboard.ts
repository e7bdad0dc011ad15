import { hasRole } from "../directory/people.js";
import { REPORT_STATUS_LABELS, reportIdOf, type ReportStatus } from "../inspection/annual-report.js";
import { yearInShanghai } from "../shared/time.js";
import type { DashboardActionSource, DashboardCardSource } from "./dashboard-parts.js";
import { total } from "./figure-reader.js";
import type { ReportContext } from "./report-context.js";
import { fact } from "./sources/inspection-figures.js";

const LIST_SIZE = 10;

/**
 * The campaign the 工作台 follows: this Beijing year's once it has reports in scope, else last
 * year's (a campaign opens late in its year and its grace periods run into the next, so from
 * January until the next opening the latest one is last year's). Two year partitions, read at the
 * level the scope needs.
 */
async function currentCampaign(ctx: ReportContext) {
  const year = yearInShanghai(ctx.now.toISOString());
  const counts = await ctx.figuresOver([`${year - 1}-12`, `${year}-01`]).get("inspection");
  const of = (y: number) => counts.filter((c) => c.period === String(y));
  const shown = total(of(year), (k) => k[2] === fact.reports) > 0 ? year : year - 1;
  const sum = (f: string) => total(of(shown), (k) => k[2] === f);
  return {
    year: shown,
    reports: sum(fact.reports),
    submitted: sum(fact.submitted),
    passed: sum(fact.result("qualified")) + sum(fact.result("basic")),
  };
}

/** Where a card leads: the registry office to the campaign, an operator to their unit's reports. */
const pageFor = (ctx: ReportContext, adminPath: string) => (hasRole(ctx.actor, "admin") ? adminPath : "#/annual-reports");

/** 工作台: how far the current campaign is, and the accounts an inspection has suspended now. */
export const INSPECTION_CARDS: DashboardCardSource[] = [
  {
    id: "inspectionProgress",
    sets: ["inspection"],
    card: async (ctx) => {
      const c = await currentCampaign(ctx);
      return {
        id: "inspectionProgress",
        label: "年检进度",
        value: c.submitted,
        detail: c.reports ? `${c.year} 年度：已提交 ${c.submitted} / 应报 ${c.reports}，合格及基本合格 ${c.passed}` : `${c.year} 年度：暂无年度报告`,
        tone: c.submitted < c.reports ? "warn" : "ok",
        href: pageFor(ctx, `#/inspection/${c.year}`),
      };
    },
  },
  {
    id: "inspectionSuspended",
    sets: ["inspectionNow"],
    card: async (ctx) => {
      const value = total(await ctx.figures.get("inspectionNow"), (k) => k[2] === "suspended");
      return { id: "inspectionSuspended", label: "年检停用", value, tone: value > 0 ? "err" : "ok", href: pageFor(ctx, "#/inspection") };
    },
  },
];

/**
 * The reports to submit in scope, most urgent first: the first cells of `inspectionDue` in key order
 * (per unit in scope, or in all), so the list costs the same however many reports are open.
 */
export const inspectionDueAction: DashboardActionSource = {
  id: "inspectionDue",
  async list(ctx, lookups) {
    const [first, open] = await Promise.all([ctx.figures.first("inspectionDue", LIST_SIZE), ctx.figures.get("inspectionNow")]);
    // Keys read per unit start with the unit, in all with ANY: the order is what follows it.
    // Compared as the store orders keys (code units), not by locale, which would skip the "-" of a date.
    const order = (key: string[]) => key.slice(1, 5).join("|");
    const shown = first.sort((a, b) => (order(a.key) < order(b.key) ? -1 : order(a.key) > order(b.key) ? 1 : 0)).slice(0, LIST_SIZE);
    const accounts = new Map((await lookups.accounts(shown.map((c) => c.key[4]))).map((a) => [a.accountId, a]));
    return {
      id: "inspectionDue",
      title: "待提交的年度报告",
      items: shown.map((c) => {
        const [, year, rank, due, accountId, status] = c.key;
        const account = accounts.get(accountId);
        const unit = account ? ctx.unitName(account.unitId) : "—";
        const what = rank === "1" ? `${year} 年度整改报告 · ${unit} · 整改期至 ${due}` : `${year} 年度报告 · ${unit} · ${REPORT_STATUS_LABELS[status as ReportStatus] ?? status}`;
        return { label: account?.accountName ?? accountId, detail: what, href: `#/annual-reports/${encodeURIComponent(reportIdOf(Number(year), accountId))}` };
      }),
      more: Math.max(0, total(open, (k) => k[2] === "toSubmit") - shown.length),
    };
  },
};
