import { composeMail } from "../shared/mail-layout.js";
import type { Mail } from "../shared/ports.js";
import { formatShanghai } from "../shared/time.js";
import type { ReviewDescription } from "./kind.js";
import { assigneesOf, type ReviewTask } from "./review-task.js";
import { STAGE_LABELS, type Stage } from "./stages.js";

const hoursSince = (from: string, now: Date) => Math.floor((now.getTime() - Date.parse(from)) / 3_600_000);
const waited = (from: string, now: Date) => {
  const hours = hoursSince(from, now);
  return hours >= 48 ? `${Math.floor(hours / 24)} 天` : `${hours} 小时`;
};

export interface ReviewMailItem {
  description: Pick<ReviewDescription, "title" | "requestLabel" | "headline">;
  unitName: string;
  round: number;
}

export function reviewRequestMail(to: string, greetingName: string, item: ReviewMailItem, stage: Stage, href: string, expiresAt: string): Mail {
  const { title, requestLabel, headline } = item.description;
  return composeMail(
    to,
    `待${STAGE_LABELS[stage]}：${title}（${requestLabel}）`,
    [
      `${greetingName}，您好：`,
      `${item.unitName} 提交的${requestLabel}申请（第 ${item.round} 轮）需要您进行${STAGE_LABELS[stage]}。`,
      ...headline,
      `请打开下方链接查看申请内容，逐项核对审核要点后作出决定。链接有效期至 ${formatShanghai(expiresAt)}（北京时间）。`,
    ],
    { href, label: `进入${STAGE_LABELS[stage]}页面` },
  );
}

export function outcomeMail(to: { name: string; email: string }, notice: { subject: string; lines: string[]; linkLabel: string }, href: string): Mail {
  return composeMail(to.email, notice.subject, [`${to.name}，您好：`, ...notice.lines], { href, label: notice.linkLabel });
}

/**
 * Links are stored only as hashes and derived from a server-side secret, so a reminder does not
 * repeat the decision link: it points to the original mail or to 待我审核 after logging in.
 */
export function reviewReminderMail(to: { name: string; email: string }, task: ReviewTask, item: ReviewMailItem, baseUrl: string, now: Date): Mail {
  const stage = STAGE_LABELS[task.stage];
  const linkState =
    now.toISOString() > task.linkExpiresAt
      ? `原审核链接已于 ${formatShanghai(task.linkExpiresAt)}（北京时间）过期，请登录系统在“待我审核”中处理，或联系归口管理部门。`
      : `请使用原审核邮件中的链接（有效期至 ${formatShanghai(task.linkExpiresAt)}，北京时间）处理，或登录系统在“待我审核”中处理。`;
  const since = task.reassignedAt ?? task.createdAt;
  return composeMail(
    to.email,
    `催办：待${stage}：${item.description.title}`,
    [
      `${to.name}，您好：`,
      `${item.unitName} 提交的${item.description.requestLabel}申请（第 ${task.round} 轮）已等待您${stage} ${waited(since, now)}（自 ${formatShanghai(since)} 起），尚未处理。`,
      ...item.description.headline,
      linkState,
      "本提醒邮件不含审核链接，如非本人收到，请忽略。",
    ],
    { href: `${baseUrl}/`, label: "登录系统" },
  );
}

export function escalationMail(to: { name: string; email: string }, task: ReviewTask, item: ReviewMailItem, href: string, now: Date): Mail {
  const stage = STAGE_LABELS[task.stage];
  return composeMail(
    to.email,
    `超时督办：${item.description.title}（${stage}）`,
    [
      `${to.name}，您好：`,
      `${item.unitName} 提交的${item.description.requestLabel}申请${stage}已超过处理时限：自 ${formatShanghai(task.createdAt)} 起已等待 ${waited(task.createdAt, now)}，审核人 ${assigneesOf(task).map((r) => `${r.name}（${r.email}）`).join("、")} 尚未处理。`,
      ...item.description.headline,
      "请督促审核人处理，或改派其他审核人。超过 14 天未处理的环节将被系统自动退回。",
    ],
    { href, label: "查看并改派" },
  );
}

/** Nobody in the chain may decide the stage (separation of duties): an admin must name someone. */
export function unassignedMail(to: { name: string; email: string }, stage: Stage, item: ReviewMailItem, href: string): Mail {
  return composeMail(
    to.email,
    `待指定审核人：${item.description.title}（${STAGE_LABELS[stage]}）`,
    [
      `${to.name}，您好：`,
      `${item.unitName} 提交的${item.description.requestLabel}申请（第 ${item.round} 轮）进入${STAGE_LABELS[stage]}，但审核流程中的审核人均因回避规则（本人提交或已审核其他环节）不能审核此环节。`,
      ...item.description.headline,
      "请在“审核流程配置 → 待处理审核任务”中改派一名审核人；改派后系统即向其发送审核链接。",
    ],
    { href, label: "去改派" },
  );
}

/** A round's workflow failed for good: an admin restarts it. */
export function stuckMail(to: { name: string; email: string }, item: ReviewMailItem, error: string, href: string): Mail {
  return composeMail(
    to.email,
    `审核流程异常：${item.description.title}`,
    [
      `${to.name}，您好：`,
      `${item.unitName} 提交的${item.description.requestLabel}申请（第 ${item.round} 轮）的审核流程异常中止（${error}）。已作出的审核决定均已保存。`,
      ...item.description.headline,
      "请在“审核流程配置 → 异常审核”中重启本轮审核；已通过的环节不会重复审核。",
    ],
    { href, label: "去处理" },
  );
}
