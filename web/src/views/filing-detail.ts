import { api, ApiError } from "../api.js";
import { routes, type ViewContext } from "../context.js";
import { h, mount, notice, pageTitle } from "../dom.js";
import { formatTime, platformLabel, stageLabel, statusBadge } from "../format.js";
import type { FilingDetail } from "../types.js";
import { filingData } from "./filing-data.js";
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
      pageTitle(filing.data.accountName, " ", statusBadge(filing.status)),
      canResubmit ? h("a", { class: "btn btn-primary", href: routes.editFiling(filing.filingId), "data-testid": "resubmit" }, "修改后重新提交") : null,
    ),
    h(
      "section",
      { class: "card" },
      h(
        "dl",
        { class: "summary" },
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
    h("section", { class: "card" }, h("h2", {}, "新媒体建设申请表"), filingData(filing.data)),
    h("section", { class: "card" }, h("div", { class: "section-head" }, h("h2", {}, "审核记录"), auditVerifier(filing.filingId)), timeline(history)),
  );
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
