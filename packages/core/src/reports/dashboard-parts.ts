import type { ActionList, DashboardCard } from "./report-table.js";
import type { ReportContext } from "./report-context.js";
import { total } from "./figure-reader.js";
import { pendingOf } from "./review-report.js";

/** What a dashboard part may use beside the figures: the review items and the open credential tasks. */
export interface DashboardLookups {
  reviewItem(kind: string, itemId: string): Promise<{ title: string; href: string } | undefined>;
  credentialTask(taskId: string): Promise<{ accountName: string } | undefined>;
  accounts(accountIds: string[]): Promise<{ accountId: string; accountName: string; unitId: string }[]>;
  stuckReviews(): Promise<{ kind: string; title: string; unitId: string; at: string }[]>;
}

export interface DashboardCardSource {
  id: string;
  /** Sets it reads: a card whose sets are not registered is left out. */
  sets: string[];
  card(ctx: ReportContext): Promise<DashboardCard>;
}

export interface DashboardActionSource {
  id: string;
  adminOnly?: boolean;
  list(ctx: ReportContext, lookups: DashboardLookups): Promise<ActionList>;
}

const LIST_SIZE = 10;
const days = (fromIso: string, now: Date) => Math.floor((now.getTime() - Date.parse(fromIso)) / 86_400_000);

/** The 工作台's figures available today; update violations and inspection progress register more. */
export const CORE_DASHBOARD_CARDS: DashboardCardSource[] = [
  { id: "filed", sets: ["accounts"], card: async (ctx) => ({ id: "filed", label: "已备案账号", value: total(await ctx.figures.get("accounts"), (k) => k[2] === "filed"), href: "#/register?status=filed" }) },
  { id: "suspended", sets: ["accounts"], card: async (ctx) => ({ id: "suspended", label: "已停用账号", value: total(await ctx.figures.get("accounts"), (k) => k[2] === "suspended"), href: "#/register?status=suspended" }) },
  { id: "opened", sets: ["accountEvents"], card: async (ctx) => ({ id: "opened", label: "期内新开设", value: total(await ctx.figures.get("accountEvents"), (k) => k[2] === "opened") }) },
  { id: "pending", sets: ["pendingStages"], card: async (ctx) => ({ id: "pending", label: "待审核环节", value: total(await ctx.figures.get("pendingStages")) }) },
  {
    id: "overdue",
    sets: ["pendingStages"],
    card: async (ctx) => {
      const value = total(pendingOf(await ctx.figures.get("pendingStages"), ctx).overdue);
      return { id: "overdue", label: "逾期未审", value, tone: value > 0 ? "err" : "ok" };
    },
  },
  {
    id: "credentialOverdue",
    sets: ["openCredentialTasks"],
    card: async (ctx) => {
      const now = ctx.now.toISOString();
      const value = total(await ctx.figures.get("openCredentialTasks"), (k) => k[1] < now);
      return { id: "credentialOverdue", label: "账号安全任务逾期", value, tone: value > 0 ? "warn" : "ok", href: "#/credential-tasks" };
    },
  },
];

/** Lists of what needs doing now. */
export const CORE_DASHBOARD_ACTIONS: DashboardActionSource[] = [
  {
    id: "overdueReviews",
    async list(ctx, lookups) {
      const { overdue } = pendingOf(await ctx.figures.get("pendingStages", { perUnit: true }), ctx);
      const oldest = [...overdue].sort((a, b) => a.key[3].localeCompare(b.key[3]));
      const labels = new Map(ctx.kinds.map((k) => [k.kind, k.label]));
      const items = await Promise.all(
        oldest.slice(0, LIST_SIZE).map(async (c) => {
          const [unitId, kind, , createdAt, itemId] = c.key;
          const item = await lookups.reviewItem(kind, itemId);
          return { label: item?.title ?? itemId, detail: `${labels.get(kind) ?? kind} · ${ctx.unitName(unitId)} · 已等待 ${days(createdAt, ctx.now)} 天`, href: item?.href };
        }),
      );
      return { id: "overdueReviews", title: "逾期未审的事项", items, more: Math.max(0, oldest.length - LIST_SIZE) };
    },
  },
  {
    id: "overdueCredentialTasks",
    async list(ctx, lookups) {
      const now = ctx.now.toISOString();
      const due = (await ctx.figures.get("openCredentialTasks", { perUnit: true })).filter((c) => c.key[1] < now).sort((a, b) => a.key[1].localeCompare(b.key[1]));
      const items = await Promise.all(
        due.slice(0, LIST_SIZE).map(async (c) => {
          const [unitId, dueAt, taskId] = c.key;
          const task = await lookups.credentialTask(taskId);
          return { label: task?.accountName ?? taskId, detail: `${ctx.unitName(unitId)} · 逾期 ${days(dueAt, ctx.now)} 天`, href: "#/credential-tasks" };
        }),
      );
      return { id: "overdueCredentialTasks", title: "逾期的更换密码 / 解绑设备任务", items, more: Math.max(0, due.length - LIST_SIZE) };
    },
  },
  {
    id: "stuckReviews",
    adminOnly: true,
    async list(ctx, lookups) {
      const stuck = await lookups.stuckReviews();
      return {
        id: "stuckReviews",
        title: "流程异常、待重启的审核",
        items: stuck.slice(0, LIST_SIZE).map((s) => ({ label: s.title, detail: `${ctx.unitName(s.unitId)} · ${s.kind}`, href: "#/review-chains" })),
        more: Math.max(0, stuck.length - LIST_SIZE),
      };
    },
  },
];
