import { ApiError } from "../api.js";
import type { ViewContext } from "../context.js";
import { directoryApi, STAGE_NAMES, type Chain, type DirUnit, type PendingTask, type StageId } from "../directory-api.js";
import { h, mount, notice, pageTitle } from "../dom.js";
import { formatTime } from "../format.js";

const STAGES: StageId[] = ["first", "second", "final"];
const errorText = (error: unknown) => (error instanceof ApiError ? [error.message, ...error.fields.map((f) => f.message)].join("：") : "操作失败，请稍后重试");
type Reviewer = { personId: string; name: string; unitName: string };

/** One stage's reviewers as a multi-select (any one of the selected decides). */
function stagePicker(stage: StageId, reviewers: Reviewer[], chosen: string[], scope: string) {
  return h(
    "label",
    { class: "field" },
    h("span", { class: "field-label" }, STAGE_NAMES[stage]),
    h(
      "select",
      { multiple: true, size: Math.min(6, Math.max(3, reviewers.length)), name: stage, "data-testid": `chain-${scope}-${stage}` },
      reviewers.map((r) => h("option", { value: r.personId, selected: chosen.includes(r.personId) }, `${r.name}（${r.unitName}）`)),
    ),
  );
}

function chainForm(title: string, scope: string, chain: Chain | undefined, reviewers: Reviewer[], onSaved: () => void, fail: (e: unknown) => void, removable: boolean) {
  const form = h(
    "form",
    { class: "card chain-form", "data-testid": `chain-form-${scope}` },
    h("h2", {}, title),
    chain?.updatedAt ? h("p", { class: "muted" }, `最近修改：${formatTime(chain.updatedAt)}。修改只影响此后开始的审核轮次。`) : null,
    STAGES.map((s) => stagePicker(s, reviewers, chain?.stages[s] ?? [], scope)),
    h("button", { type: "submit", class: "btn", "data-testid": `chain-save-${scope}` }, "保存"),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const stages: Chain["stages"] = {};
    for (const s of STAGES) {
      const ids = [...(form.querySelector(`select[name=${s}]`) as HTMLSelectElement).selectedOptions].map((o) => o.value);
      if (ids.length) stages[s] = ids;
    }
    try {
      await directoryApi.setChain(scope, stages);
      onSaved();
    } catch (error) {
      fail(error);
    }
  });
  if (removable) {
    const remove = h("button", { type: "button", class: "btn btn-secondary", "data-testid": `chain-remove-${scope}` }, "删除单位设置（沿用上级或默认）");
    remove.addEventListener("click", async () => {
      try {
        await directoryApi.removeOverride(scope);
        onSaved();
      } catch (error) {
        fail(error);
      }
    });
    form.append(remove);
  }
  return form;
}

function pendingTable(tasks: PendingTask[], reviewers: Reviewer[], onDone: () => void, fail: (e: unknown) => void) {
  if (tasks.length === 0) return h("p", { class: "empty" }, "暂无待处理的审核任务。");
  return h(
    "table",
    { class: "data-table", "data-testid": "pending-tasks" },
    h("thead", {}, h("tr", {}, ["账号", "主办单位", "环节", "审核人", "开始于", "转交给"].map((t) => h("th", { scope: "col" }, t)))),
    h(
      "tbody",
      {},
      tasks.map((t) => {
        const select = h("select", { "data-testid": `reassign-to-${t.itemId}-${t.stage}` }, h("option", { value: "" }, "选择审核人"), reviewers.map((r) => h("option", { value: r.personId }, r.name)));
        const go = h("button", { type: "button", class: "btn btn-secondary", "data-testid": `reassign-${t.itemId}-${t.stage}` }, "转交");
        go.addEventListener("click", async () => {
          if (!select.value) return;
          try {
            await directoryApi.reassign(t.itemId, t.stage, select.value);
            onDone();
          } catch (error) {
            fail(error);
          }
        });
        return h("tr", {}, h("td", {}, h("a", { href: `#/filings/${encodeURIComponent(t.itemId)}` }, t.accountName)), h("td", {}, t.unitName), h("td", {}, `${STAGE_NAMES[t.stage]}（第 ${t.round} 轮）`), h("td", {}, t.assignees.map((a) => a.name).join("、")), h("td", {}, formatTime(t.since)), h("td", {}, select, go));
      }),
    ),
  );
}

/** 审核流程配置 (admins): the default filing chain, per-unit overrides, and pending tasks to reassign. */
export async function renderReviewChains(main: HTMLElement, ctx: ViewContext): Promise<void> {
  const status = h("div", { "aria-live": "polite" });
  const body = h("div", {}, h("p", { class: "loading" }, "正在加载…"));
  mount(main, h("div", { class: "page-head" }, pageTitle("审核流程配置")), notice("info", "每个环节可指定多名审核人，任一人审核即可；单位设置按就近原则覆盖上级单位和默认流程，未设置的环节沿用上级。"), status, body);
  const fail = (error: unknown) => mount(status, notice("err", errorText(error)));
  const reload = () => ctx.navigate("#/review-chains");
  let data: [Awaited<ReturnType<typeof directoryApi.chains>>, Reviewer[], DirUnit[], PendingTask[]];
  try {
    data = await Promise.all([directoryApi.chains(), directoryApi.reviewers(), directoryApi.units(), directoryApi.pending()]);
  } catch (error) {
    if (ctx.isCurrent()) mount(body, notice("err", errorText(error)));
    return;
  }
  if (!ctx.isCurrent()) return;
  const [chains, reviewers, units, pending] = data;
  const unitName = (id: string) => units.find((u) => u.unitId === id)?.name ?? id;
  const unitSelect = h("select", { "data-testid": "override-unit" }, h("option", { value: "" }, "选择单位"), units.filter((u) => !chains.overrides.some((o) => o.scope === u.unitId)).map((u) => h("option", { value: u.unitId }, u.name)));
  const newOverride = h("div", { class: "card" }, h("h2", {}, "新增单位审核流程"), unitSelect);
  unitSelect.addEventListener("change", () => {
    newOverride.querySelector("form")?.remove();
    if (unitSelect.value) newOverride.append(chainForm(`${unitName(unitSelect.value)}的审核流程`, unitSelect.value, undefined, reviewers, reload, fail, false));
  });
  mount(
    body,
    chainForm("默认审核流程（备案）", "default", chains.default, reviewers, reload, fail, false),
    chains.overrides.map((o) => chainForm(`${unitName(o.scope)}的审核流程`, o.scope, o, reviewers, reload, fail, true)),
    newOverride,
    h("section", { class: "card" }, h("h2", {}, "待处理的审核任务（转交）"), pendingTable(pending, reviewers, reload, fail)),
  );
}
