import { DECISION_LABELS, DomainError, STAGE_LABELS, type Decision, type DecisionInput, type Services } from "@beian/core";
import { Hono, type Context } from "hono";
import { toDomainError, statusOf } from "../error-mapping.js";
import { limitBody } from "../guards.js";
import { MessagePage } from "../pages/layout.js";
import { ReviewConfirmPage } from "../pages/review-confirm.js";
import { readSession } from "../session-cookie.js";

const PAGE_TITLES: Record<string, string> = {
  ALREADY_DECIDED: "该环节已处理",
  LINK_EXPIRED: "链接已过期",
  TASK_EXPIRED: "审核已超时",
  LINK_NOT_FOUND: "链接无效",
  LINK_SUPERSEDED: "任务已转交",
  REVIEWER_INACTIVE: "链接已失效",
  DELEGATION_ENDED: "代签已结束",
  SEPARATION_OF_DUTIES: "无权审核",
  TASK_NOT_FOUND: "没有待审任务",
  UNAUTHENTICATED: "请先登录",
  SESSION_EXPIRED: "请先登录",
  ROLE_REQUIRED: "无权审核",
};

function errorPage(c: Context, error: unknown) {
  const known = toDomainError(error);
  if (!known) throw error;
  const tone = known.kind === "conflict" ? "warn" : "err";
  return c.html(<MessagePage title={PAGE_TITLES[known.code] ?? "无法处理"} tone={tone} message={known.message} code={known.code} />, statusOf(known));
}

const asList = (value: unknown): string[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v): v is string => typeof v === "string");

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
    return c.html(<MessagePage title={PAGE_TITLES[code] ?? "链接已失效"} tone="err" code={code} message={view.refusal?.message ?? "此链接已失效"} />, 410);
  }
  return c.html(<ReviewConfirmPage linkId={target.action} {...view} />);
}

async function decideFromForm(c: Context, target: Target) {
  const type = c.req.header("content-type") ?? "";
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) {
    return errorPage(c, new DomainError("unsupported_media_type", "UNSUPPORTED_MEDIA_TYPE", "请通过审核页面提交决定"));
  }
  let form: { decision: string; comment: string; checklist: string[] } = { decision: "", comment: "", checklist: [] };
  try {
    const body = await c.req.parseBody({ all: true });
    form = { decision: asList(body.decision)[0] ?? "", comment: asList(body.comment)[0] ?? "", checklist: asList(body.checklist) };
    const { task } = await target.decide({ ...form, decision: form.decision as Decision });
    const label = DECISION_LABELS[task.decision!];
    const signed = task.onBehalfOfName ? `（代${task.onBehalfOfName}签）` : "";
    return c.html(<MessagePage title="审核决定已提交" tone="ok" code="DECIDED" message={`${STAGE_LABELS[task.stage]}决定“${label}”已记录${signed}。感谢您的审核。`} />);
  } catch (error) {
    const known = toDomainError(error);
    if (known?.kind === "validation" && known.fields.length) {
      try {
        const view = await target.view();
        if (view.state === "pending") {
          return c.html(<ReviewConfirmPage linkId={target.action} {...view} errors={known.fields} form={form} />, 400);
        }
      } catch {
        // Fall through to the plain error page.
      }
    }
    return errorPage(c, error);
  }
}

/**
 * The reviewer's side: emailed approval links, where the unguessable link id is the credential, and
 * the same page for a signed-in reviewer from 待我审核 (/review/mine/…), where the session is.
 */
export function reviewPages(services: Services) {
  const app = new Hono();

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
    const { itemId, stage } = c.req.param() as { itemId: string; stage: string };
    return {
      action: `mine/${encodeURIComponent(itemId)}/${encodeURIComponent(stage)}`,
      view: () => services.reviews.viewAsReviewer(actor, itemId, stage),
      decide: (input) => services.reviews.decideAsReviewer(actor, itemId, stage, input),
    };
  }

  app.get("/mine/:itemId/:stage", async (c) => {
    try {
      const target = await own(c);
      return showPage(c, target, await target.view());
    } catch (error) {
      return errorPage(c, error);
    }
  });

  app.post("/mine/:itemId/:stage", limitBody, async (c) => {
    try {
      return await decideFromForm(c, await own(c));
    } catch (error) {
      return errorPage(c, error);
    }
  });

  app.get("/:linkId", async (c) => {
    const target = byLink(c.req.param("linkId"));
    try {
      return showPage(c, target, await target.view());
    } catch (error) {
      return errorPage(c, error);
    }
  });

  app.post("/:linkId", limitBody, (c) => decideFromForm(c, byLink(c.req.param("linkId"))));

  return app;
}
