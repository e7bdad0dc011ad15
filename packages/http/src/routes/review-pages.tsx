import { DECISION_LABELS, STAGE_LABELS, type Decision, type DecisionInput, type Services } from "@beian/core";
import { Hono, type Context } from "hono";
import { toDomainError } from "../error-mapping.js";
import { formValues, readForm } from "../form-body.js";
import { limitBody } from "../guards.js";
import { htmlErrorHandler } from "../html-errors.js";
import { MessagePage } from "../pages/layout.js";
import { ReviewConfirmPage } from "../pages/review-confirm.js";
import { readSession } from "../session-cookie.js";

type View = Awaited<ReturnType<Services["reviews"]["viewByLink"]>>;

/** How one confirm page finds its task: by the emailed link id, or by a signed-in reviewer's own link. */
interface Target {
  /** The form's action below /review/. */
  action: string;
  view(): Promise<View>;
  decide(input: DecisionInput): ReturnType<Services["reviews"]["decide"]>;
}

function showPage(c: Context, target: Target, view: View) {
  if (view.state === "decided") {
    const decision = view.task.decision ? DECISION_LABELS[view.task.decision] : "";
    return c.html(<MessagePage title="该环节已处理" tone="warn" code="ALREADY_DECIDED" message={`${STAGE_LABELS[view.task.stage]}已由${view.decidedBy}处理，决定：${decision}。无需重复操作。`} />, 409);
  }
  if (view.state === "expired") {
    return c.html(<MessagePage title="链接已过期" tone="err" code="LINK_EXPIRED" message="审核链接已过期或该环节已超时关闭，请联系归口管理部门。" />, 410);
  }
  if (view.state === "revoked") {
    const code = view.refusal?.code ?? "LINK_SUPERSEDED";
    return c.html(<MessagePage title="链接已失效" tone="err" code={code} message={view.refusal?.message ?? "此链接已失效"} />, 410);
  }
  return c.html(<ReviewConfirmPage linkId={target.action} {...view} />);
}

async function decideFromForm(c: Context, target: Target) {
  const body = await readForm(c, "请通过审核页面提交决定");
  const assessment = Object.fromEntries(Object.keys(body).filter((key) => key.startsWith("a:")).map((key) => [key.slice(2), formValues(body[key])]));
  const form = { decision: formValues(body.decision)[0] ?? "", comment: formValues(body.comment)[0] ?? "", checklist: formValues(body.checklist), assessment };
  // 不予通过 ends the application: it takes a second, explicit confirmation.
  if (form.decision === "reject" && formValues(body.confirm)[0] !== "reject") {
    const view = await target.view();
    if (view.state !== "pending") return showPage(c, target, view);
    if (!form.comment.trim()) return c.html(<ReviewConfirmPage linkId={target.action} {...view} errors={[{ field: "comment", code: "REQUIRED", message: "不予通过或退回修改时须填写审核意见" }]} form={form} />, 400);
    return c.html(<ReviewConfirmPage linkId={target.action} {...view} form={form} confirmReject />);
  }
  try {
    const { task } = await target.decide({ ...form, decision: form.decision as Decision });
    const label = DECISION_LABELS[task.decision!];
    const signed = task.onBehalfOfName ? `（代${task.onBehalfOfName}签）` : "";
    return c.html(<MessagePage title="审核决定已提交" tone="ok" code="DECIDED" message={`${STAGE_LABELS[task.stage]}决定“${label}”已记录${signed}。感谢您的审核。`} />);
  } catch (error) {
    // Field errors come back on the page itself, with what the reviewer typed.
    const known = toDomainError(error);
    if (known?.kind !== "validation" || !known.fields.length) throw error;
    const view = await target.view();
    if (view.state !== "pending") throw error;
    return c.html(<ReviewConfirmPage linkId={target.action} {...view} errors={known.fields} form={form} />, 400);
  }
}

/**
 * The reviewer's side: emailed approval links, where the unguessable link id is the credential, and
 * the same page for a signed-in reviewer from 待我审核 (/review/mine/…), where the session is.
 */
export function reviewPages(services: Services) {
  const app = new Hono();
  app.onError(htmlErrorHandler(services.deps.log));

  app.use("*", async (c, next) => {
    await next();
    // The link id sits in the URL: keep it out of caches and Referer headers.
    c.header("Cache-Control", "no-store");
    c.header("Referrer-Policy", "no-referrer");
  });

  const byLink = (linkId: string): Target => ({
    action: linkId,
    view: () => services.reviews.viewByLink(linkId),
    decide: (input) => services.reviews.decide(linkId, input),
  });

  async function own(c: Context): Promise<Target> {
    const actor = await services.auth.actorForSession(readSession(c));
    const { kind, itemId, stage } = c.req.param() as { kind: string; itemId: string; stage: string };
    return {
      action: `mine/${encodeURIComponent(kind)}/${encodeURIComponent(itemId)}/${encodeURIComponent(stage)}`,
      view: () => services.reviews.viewAsReviewer(actor, kind, itemId, stage),
      decide: (input) => services.reviews.decideAsReviewer(actor, kind, itemId, stage, input),
    };
  }

  app.get("/mine/:kind/:itemId/:stage", async (c) => {
    const target = await own(c);
    return showPage(c, target, await target.view());
  });
  app.post("/mine/:kind/:itemId/:stage", limitBody, async (c) => decideFromForm(c, await own(c)));

  app.get("/:linkId", async (c) => {
    const target = byLink(c.req.param("linkId"));
    return showPage(c, target, await target.view());
  });
  app.post("/:linkId", limitBody, (c) => decideFromForm(c, byLink(c.req.param("linkId"))));

  return app;
}
