import { hasRole, type Actor } from "../directory/people.js";
import type { DirectoryStore } from "../directory/ports.js";
import type { CustodyStore } from "../custody/ports.js";
import type { ReviewKinds } from "../review/kind.js";
import type { ReviewStore } from "../review/ports.js";
import type { AccountStore, RegisterStore } from "../register/ports.js";
import type { AppConfig } from "../shared/config.js";
import { fail, fieldError } from "../shared/errors.js";
import type { Clock } from "../shared/ports.js";
import { yearInShanghai } from "../shared/time.js";
import { parseOrThrow } from "../shared/validation.js";
import { ACCOUNT_YEAR_SET, activeInYear, annualRows } from "./annual-table.js";
import type { DashboardLookups } from "./dashboard-parts.js";
import { figureReader } from "./figure-reader.js";
import { monthOf, monthsBetween } from "./months.js";
import type { FigureStore } from "./ports.js";
import type { ReportContext } from "./report-context.js";
import { reportUnits } from "./report-scope.js";
import type { Dashboard, ReportPage, ReportTable } from "./report-table.js";
import type { ReportsRegistry } from "./reports-registry.js";
import { MAX_REPORT_MONTHS, REPORT_QUERY_LABELS, reportQuerySchema, type ReportQueryInput } from "./reports-input.js";

export interface ReportsDeps {
  directory: DirectoryStore;
  figures: FigureStore;
  register: RegisterStore;
  accounts: AccountStore;
  custody: CustodyStore;
  reviews: ReviewStore;
  kinds: ReviewKinds;
  clock: Clock;
  config: AppConfig;
}

/** An export or the 年度统计表 holds at most this many accounts; one organization's register is far smaller. */
const MAX_ANNUAL_ROWS = 50_000;
const DEFAULT_OVERDUE_HOURS = 120;

/** 统计报表 and the 工作台: every figure read from the kept aggregates, scoped to who asks. */
export function reportsService(deps: ReportsDeps, registry: ReportsRegistry) {
  const { directory } = deps;

  async function contextFor(actor: Actor, raw: unknown, defaultMonths: number): Promise<{ ctx: ReportContext; input: ReportQueryInput }> {
    const input = parseOrThrow(reportQuerySchema, raw ?? {}, REPORT_QUERY_LABELS);
    const now = deps.clock.now();
    const to = input.to ?? monthOf(now.toISOString());
    const from = input.from ?? (defaultMonths === 0 ? `${to.slice(0, 4)}-01` : monthsBack(to, defaultMonths - 1));
    if (from > to) throw fieldError("from", "INVALID_RANGE", "起始月份不能晚于截止月份");
    const months = monthsBetween(from, to);
    if (months.length > MAX_REPORT_MONTHS) throw fieldError("from", "RANGE_TOO_LONG", `统计区间最长 ${MAX_REPORT_MONTHS} 个月`);
    if (input.unitId && hasRole(actor, "admin") && !(await directory.getUnit(input.unitId))) throw fail("UNIT_NOT_FOUND");
    const unitIds = await reportUnits(directory, actor, input.unitId, input.subUnits !== "0");
    const allUnits = await directory.listUnits();
    const names = new Map(allUnits.map((u) => [u.unitId, u.name]));
    const scope = { units: unitIds && new Set(unitIds), platform: input.platform };
    const ctx: ReportContext = {
      actor,
      filter: { from, to, unitId: input.unitId, subUnits: input.subUnits !== "0", platform: input.platform },
      months,
      figures: figureReader(deps.figures, registry.sources, { months, ...scope }),
      figuresOver: (other) => figureReader(deps.figures, registry.sources, { months: other, ...scope }),
      units: unitIds ? allUnits.filter((u) => unitIds.includes(u.unitId)) : allUnits,
      unitName: (id) => names.get(id) ?? (id === "unknown" ? "（未知单位）" : id),
      kinds: deps.kinds.list().map((k) => ({ kind: k.kind, label: k.label })),
      now,
      overdueAfterHours: deps.config.escalateAfterHours ?? DEFAULT_OVERDUE_HOURS,
      async personNames(ids) {
        const people = await directory.getPeople(ids.filter((id) => id !== "-"));
        return new Map(people.map((p) => [p.personId, p.name]));
      },
    };
    return { ctx, input };
  }

  async function page(actor: Actor, reportId: string, raw: unknown): Promise<ReportPage> {
    const report = registry.reports.get(reportId);
    if (!report) throw fail("NOT_FOUND", "报表不存在");
    const { ctx } = await contextFor(actor, raw, reportId === "dashboard" ? 12 : 0);
    const built = await report.build(ctx);
    return { report: report.id, title: report.title, filter: ctx.filter, tables: built.tables, notes: built.notes };
  }

  const lookups: DashboardLookups = {
    async reviewItem(kind, itemId) {
      const k = deps.kinds.get(kind);
      const subject = await k?.load(itemId);
      return k && subject ? { title: k.title(subject), href: k.pagePath(subject) } : undefined;
    },
    credentialTask: (taskId) => deps.custody.getCredentialTask(taskId),
    accounts: (accountIds) => deps.accounts.getAccounts(accountIds),
    stuckReviews: () => deps.reviews.listStuck(),
  };

  return {
    /** The reports a person may open (the page's tabs). */
    list: () => registry.reports.list().filter((r) => r.id !== "dashboard").map((r) => ({ id: r.id, title: r.title })),

    report: page,

    /** One table of a report, for its CSV / XLSX export ("register.byUnit" is in report "register"). */
    async table(actor: Actor, raw: unknown): Promise<ReportTable> {
      const tableId = (raw as Record<string, unknown> | undefined)?.table;
      if (typeof tableId !== "string" || !tableId) throw fieldError("table", "REQUIRED", "请指定要导出的报表");
      const found = (await page(actor, tableId.split(".")[0], raw)).tables.find((t) => t.id === tableId);
      if (!found) throw fail("NOT_FOUND", "报表不存在");
      return found;
    },

    /** The 工作台: figures, charts (last 12 months by default) and lists of what needs doing now. */
    async dashboard(actor: Actor, raw: unknown): Promise<Dashboard & { filter: ReportPage["filter"] }> {
      const { ctx } = await contextFor(actor, raw, 12);
      const admin = hasRole(actor, "admin");
      const usable = (sets: string[]) => sets.every((s) => registry.sources.has(s));
      const [cards, charts, actions] = await Promise.all([
        Promise.all(registry.cards.filter((c) => usable(c.sets)).map((c) => c.card(ctx))),
        registry.reports.get("dashboard")!.build(ctx),
        Promise.all(registry.actions.filter((a) => admin || !a.adminOnly).map((a) => a.list(ctx, lookups))),
      ]);
      return { scope: { all: !ctx.filter.unitId && admin, unitNames: admin && !ctx.filter.unitId ? [] : ctx.units.map((u) => u.name) }, cards, charts: charts.tables, actions, filter: ctx.filter };
    },

    /** 年度统计表: every account in the register during the year, in scope, with the registered columns. */
    async annual(actor: Actor, raw: unknown): Promise<{ year: number; headers: string[]; widths: number[]; rows: (string | number)[][] }> {
      const { ctx, input } = await contextFor(actor, raw, 0);
      const year = input.year ?? yearInShanghai(deps.clock.now().toISOString());
      const units = ctx.filter.unitId || !hasRole(actor, "admin") ? ctx.units.map((u) => u.unitId) : undefined;
      const accounts = [];
      let after: string | undefined;
      do {
        const slice = await deps.register.listAccounts({ unitIds: units, platform: input.platform, limit: 100, after });
        accounts.push(...slice.accounts.filter((a) => activeInYear(a, year)));
        after = slice.last;
      } while (after && accounts.length < MAX_ANNUAL_ROWS);
      const yearFigures = await figureReader(deps.figures, registry.sources, { months: [`${year}-01`], units: units && new Set(units) }).get(ACCOUNT_YEAR_SET);
      const names = new Map(ctx.units.map((u) => [u.unitId, u.name]));
      const rows = annualRows(accounts, names, yearFigures).map((r, i) => ({ ...r, index: i + 1 }));
      const columns = registry.annualColumns;
      return { year, headers: columns.map((c) => c.header), widths: columns.map((c) => c.width ?? 14), rows: rows.map((r) => columns.map((c) => c.value(r))) };
    },
  };
}

function monthsBack(month: string, count: number): string {
  const [y, m] = month.split("-").map(Number);
  const index = y * 12 + (m - 1) - count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

export type ReportsService = ReturnType<typeof reportsService>;
