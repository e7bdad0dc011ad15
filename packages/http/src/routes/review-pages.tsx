import { DECISION_LABELS, DomainError, STAGE_LABELS, type Decision, type Services } from "@beian/core";
import { Hono, type Context } from "hono";
import { toDomainError, statusOf } from "../error-mapping.js";
import { limitBody } from "../guards.js";
import { MessagePage } from "../pages/layout.js";
import { ReviewConfirmPage } from "../pages/review-confirm.js";

const PAGE_TITLES: Record<string, string> = {
  ALREADY_DECIDED: "该环节已处理",
  LINK_EXPIRED: "链接已过期",
  TASK_EXPIRED: "审核已超时",
  LINK_NOT_FOUND: "链接无效",
  SEPARATION_OF_DUTIES: "无权审核",
};

function errorPage(c: Context, error: unknown) {
  const known = toDomainError(error);
  if (!known) throw error;
  const tone = known.kind === "conflict" ? "warn" : "err";
  return c.html(<MessagePage title={PAGE_TITLES[known.code] ?? "无法处理"} tone={tone} message={known.message} code={known.code} />, statusOf(known));
}

const asList = (value: unknown): string[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v): v is string => typeof v === "string");

/** The reviewer's side: emailed approval links, no log-in; the unguessable link id is the credential. */
export function reviewPages(services: Services) {
  const app = new Hono();

  app.use("*", async (c, next) => {
    await next();
    // The link id sits in the URL: keep it out of caches and Referer headers.
    c.header("Cache-Control", "no-store");
    c.header("Referrer-Policy", "no-referrer");
  });

  app.get("/:linkId", async (c) => {
    const linkId = c.req.param("linkId");
    try {
      const view = await services.reviews.viewByLink(linkId);
      if (view.state === "decided") {
        const decision = view.task.decision ? DECISION_LABELS[view.task.decision] : "";
        return c.html(<MessagePage title="该环节已处理" tone="warn" code="ALREADY_DECIDED" message={`${STAGE_LABELS[view.task.stage]}已由${view.task.reviewerName}作出决定：${decision}。无需重复操作。`} />, 409);
      }
      if (view.state === "expired") {
        return c.html(<MessagePage title="链接已过期" tone="err" code="LINK_EXPIRED" message="审核链接已过期或该环节已超时关闭，请联系归口管理部门。" />, 410);
      }
      return c.html(<ReviewConfirmPage linkId={linkId} {...view} />);
    } catch (error) {
      return errorPage(c, error);
    }
  });

  app.post("/:linkId", limitBody, async (c) => {
    const linkId = c.req.param("linkId");
    const type = c.req.header("content-type") ?? "";
    if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) {
      return errorPage(c, new DomainError("unsupported_media_type", "UNSUPPORTED_MEDIA_TYPE", "请通过审核页面提交决定"));
    }
    let form: { decision: string; comment: string; checklist: string[] } = { decision: "", comment: "", checklist: [] };
    try {
      const body = await c.req.parseBody({ all: true });
      form = { decision: asList(body.decision)[0] ?? "", comment: asList(body.comment)[0] ?? "", checklist: asList(body.checklist) };
      const { task } = await services.reviews.decide(linkId, { ...form, decision: form.decision as Decision });
      const label = DECISION_LABELS[task.decision!];
      return c.html(<MessagePage title="审核决定已提交" tone="ok" code="DECIDED" message={`${STAGE_LABELS[task.stage]}决定“${label}”已记录。感谢您的审核。`} />);
    } catch (error) {
      const known = toDomainError(error);
      if (known?.kind === "validation" && known.fields.length) {
        try {
          const view = await services.reviews.viewByLink(linkId);
          if (view.state === "pending") {
            return c.html(<ReviewConfirmPage linkId={linkId} {...view} errors={known.fields} form={form} />, 400);
          }
        } catch {
          // Fall through to the plain error page.
        }
      }
      return errorPage(c, error);
    }
  });

  return app;
}
