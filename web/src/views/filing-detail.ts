import { api, ApiError } from "../api.js";
import { routes, type ViewContext } from "../context.js";
import { h, mount, notice, pageTitle } from "../dom.js";
import { formatTime, platformLabel, stageLabel, statusBadge } from "../format.js";
import type { Filing, FilingDetail } from "../types.js";
import { kindBadge, kindLabel } from "../account-format.js";
import { accountCard } from "./account-card.js";
import { filingData } from "./filing-data.js";
import { changeTable, diffRows } from "./filing-changes.js";
import { auditVerifier, timeline } from "./history.js";
import { stageProgress } from "./stage-progress.js";

/** One filing: where it stands in the review, what was submitted, and its audit trail. */
export async function renderFilingDetail(main: HTMLElement, ctx: ViewContext, filingId: string): Promise<void> {
  mount(main, h("p", { class: "loading" }, "正在加载…"));
  let detail: FilingDetail;
  try {
    detail = await api.getFiling(filingId);
  } catch (error) {
    if (ctx.isCurrent()) mount(main, breadcrumb(ctx), notice("err", error instanceof ApiError ? error.message : "加载失败，请稍后重试"));
    return;
  }
  if (!ctx.isCurrent()) return;
  const { filing, history, tasks } = detail;
  const canResubmit = filing.status === "returned" && ctx.person.roles.includes("operator");
  const unitName = filing.unitName ?? (filing.unitId === ctx.person.unit.unitId ? ctx.person.unit.name : "");

  const outcome =
    filing.status === "filed" && filing.filingNumber
      ? h("div", { class: "filed-banner" }, h("span", {}, "备案编号"), h("strong", { class: "mono", "data-testid": "filing-number" }, filing.filingNumber))
      : filing.status === "returned"
        ? notice("warn", h("strong", {}, "退回修改意见："), filing.lastComment || "（无）", h("span", { class: "hint block" }, "请按意见修改后重新提交，重新提交后将从初审开始新一轮审核。"))
        : filing.status === "rejected"
          ? notice("err", h("strong", {}, "不予通过意见："), filing.lastComment || "（无）")
          : null;

  mount(
    main,
    breadcrumb(ctx, filing.data.accountName),
    h(
      "div",
      { class: "page-head" },
      pageTitle(filing.data.accountName, " ", kindBadge(filing.kind), " ", statusBadge(filing.status)),
      canResubmit ? h("a", { class: "btn btn-primary", href: routes.editFiling(filing.filingId), "data-testid": "resubmit" }, "修改后重新提交") : null,
    ),
    h(
      "section",
      { class: "card" },
      h(
        "dl",
        { class: "summary" },
        item("备案类型", kindLabel(filing.kind)),
        item("平台", platformLabel(filing.platform)),
        unitName ? item("主办单位", unitName) : null,
        item("当前环节", h("span", { "data-testid": "filing-stage" }, filing.status === "in_review" ? stageLabel(filing.stage) : "—")),
        item("审核轮次", `第 ${filing.round} 轮`),
        item("提交时间", formatTime(filing.createdAt)),
        item("更新时间", formatTime(filing.updatedAt)),
      ),
      outcome,
      h("h2", {}, "审核进度"),
      stageProgress(filing, tasks),
    ),
    filingBody(filing),
    filing.accountId ? accountCard(ctx, filing.accountId) : null,
    h("section", { class: "card" }, h("div", { class: "section-head" }, h("h2", {}, "审核记录"), auditVerifier(filing.filingId)), timeline(history)),
  );
}

/** What was asked for: the 申请表 of an opening, before → after of a change, the reason of a cancellation. */
function filingBody(filing: Filing): HTMLElement {
  const reason = (title: string) =>
    h("div", { class: "request-reason", "data-testid": "filing-reason" }, h("span", { class: "request-reason-label" }, title), h("p", {}, filing.reason ?? ""));
  const full = (summary: string) => h("details", { class: "full-data" }, h("summary", {}, summary), filingData(filing.data));
  if (filing.kind === "change") {
    const transfer = filing.transferToUnitId
      ? h("p", { class: "transfer", "data-testid": "change-transfer" }, h("strong", {}, "主办单位变更："), `${filing.unitName ?? filing.unitId} → 单位编码 ${filing.transferToUnitId}`)
      : null;
    return h(
      "section",
      { class: "card", "data-testid": "change-summary" },
      h("h2", {}, "变更内容（变更前 → 变更后）"),
      reason("变更事由"),
      changeTable(diffRows(filing.previousData ?? filing.data, filing.data)),
      transfer,
      full("查看变更后的完整备案信息"),
    );
  }
  if (filing.kind === "cancel") {
    return h(
      "section",
      { class: "card", "data-testid": "cancel-summary" },
      h("h2", {}, "注销备案"),
      reason("注销原因"),
      h("p", { class: "hint" }, "注销备案经终审通过后，账号状态变为“已注销”，并在政务新媒体注销公告中向社会公开。"),
      full("查看账号备案信息"),
    );
  }
  return h("section", { class: "card" }, h("h2", {}, "新媒体建设申请表"), filingData(filing.data));
}

function item(term: string, value: string | Node): HTMLElement {
  return h("div", { class: "summary-item" }, h("dt", {}, term), h("dd", {}, value));
}

function breadcrumb(ctx: ViewContext, current?: string): HTMLElement {
  return h(
    "nav",
    { class: "breadcrumb", "aria-label": "当前位置" },
    h("a", { href: routes.list() }, ctx.person.roles.includes("admin") ? "备案管理" : "我的备案"),
    current ? [h("span", { "aria-hidden": "true" }, " / "), h("span", { "aria-current": "page" }, current)] : null,
  );
}
