import type { Account } from "../account.js";
import type { ContractFlag } from "../contract-watch.js";
import type { CredentialTask } from "../custody.js";
import type { Filing } from "../filing.js";
import { PLATFORMS } from "../platforms.js";
import type { Mail } from "../ports.js";
import type { ReviewTask } from "../review-task.js";
import { STAGE_LABELS } from "../stages.js";
import { formatShanghai } from "../time.js";

const SYSTEM_NAME = "政务新媒体备案管理系统";
const NOTE = `${SYSTEM_NAME}（本邮件由系统自动发送，请勿直接回复）`;
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Same layout as the review mails; a link only to the site, never a decision link. */
function mail(to: string, subject: string, lines: string[], link: { href: string; label: string }): Mail {
  const text = [...lines, "", `${link.label}：${link.href}`].join("\n") + `\n\n——\n${NOTE}`;
  const html =
    lines.map((l) => `<p>${escapeHtml(l)}</p>`).join("") +
    `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p><hr><p style="color:#888;font-size:12px">${NOTE}</p>`;
  return { to, subject: `【${SYSTEM_NAME}】${subject}`, text, html };
}

/** Everyone who may decide the task (several reviewers per stage); older tasks name one reviewer. */
export const reviewersOf = (task: ReviewTask) => (task.assignees?.length ? task.assignees : [{ personId: task.reviewerId, name: task.reviewerName, email: task.reviewerEmail }]);

const accountLine = (f: Filing) => `账号：${PLATFORMS[f.platform].label}「${f.data.accountName}」（${f.data.platformAccountId}）`;
const hoursSince = (from: string, now: Date) => Math.floor((now.getTime() - Date.parse(from)) / 3_600_000);
const waited = (from: string, now: Date) => {
  const hours = hoursSince(from, now);
  return hours >= 48 ? `${Math.floor(hours / 24)} 天` : `${hours} 小时`;
};

/**
 * Links are stored only as hashes, so a reminder cannot repeat the decision link; it points the
 * reviewer to the original mail or to 待我审核 after logging in.
 */
export function reviewReminderMail(to: { name: string; email: string }, task: ReviewTask, filing: Filing, unitName: string, baseUrl: string, now: Date): Mail {
  const stage = STAGE_LABELS[task.stage];
  const linkState =
    now.toISOString() > task.linkExpiresAt
      ? `原审核链接已于 ${formatShanghai(task.linkExpiresAt)}（北京时间）过期，请登录系统在“待我审核”中处理，或联系归口管理部门。`
      : `请使用原审核邮件中的链接（有效期至 ${formatShanghai(task.linkExpiresAt)}，北京时间）处理，或登录系统在“待我审核”中处理。`;
  const since = task.reassignedAt ?? task.createdAt;
  return mail(
    to.email,
    `催办：待${stage}：${filing.data.accountName}`,
    [
      `${to.name}，您好：`,
      `${unitName} 提交的备案申请（第 ${task.round} 轮）已等待您${stage} ${waited(since, now)}（自 ${formatShanghai(since)} 起），尚未处理。`,
      accountLine(filing),
      linkState,
      "本提醒邮件不含审核链接，如非本人收到，请忽略。",
    ],
    { href: `${baseUrl}/`, label: "登录系统" },
  );
}

export function escalationMail(to: string, adminName: string, task: ReviewTask, filing: Filing, unitName: string, baseUrl: string, now: Date): Mail {
  const stage = STAGE_LABELS[task.stage];
  return mail(
    to,
    `超时督办：${filing.data.accountName}（${stage}）`,
    [
      `${adminName}，您好：`,
      `${unitName} 提交的备案申请${stage}已超过处理时限：自 ${formatShanghai(task.createdAt)} 起已等待 ${waited(task.createdAt, now)}，审核人 ${reviewersOf(task).map((r) => `${r.name}（${r.email}）`).join("、")} 尚未处理。`,
      accountLine(filing),
      "请督促审核人处理，或改派其他审核人。超过 14 天未处理的环节将被系统自动退回。",
    ],
    { href: `${baseUrl}/#/filings/${encodeURIComponent(filing.filingId)}`, label: "查看备案申请" },
  );
}

export function contractNoticeMail(to: string, name: string, account: Account, flag: ContractFlag, baseUrl: string): Mail {
  const label = `${PLATFORMS[account.platform].label}「${account.accountName}」（备案编号 ${account.filingNumber}）`;
  const ended = flag.state === "ended";
  return mail(
    to,
    ended ? `委托运营合同已到期：${account.accountName}` : `委托运营合同将于 ${flag.contractEndDate} 到期：${account.accountName}`,
    [
      `${name}，您好：`,
      ended
        ? `${label}的委托运营合同（受托单位：${flag.contractorName}）已于 ${flag.contractEndDate} 到期。`
        : `${label}的委托运营合同（受托单位：${flag.contractorName}）将于 ${flag.contractEndDate} 到期，还剩 ${flag.daysLeft} 天。`,
      ended
        ? "请立即收回受托单位的账号登录权限（更换密码、解绑设备），并续签合同或提交变更备案。"
        : "请及时续签合同并提交变更备案；不再委托的，请在到期前收回受托单位的账号登录权限（更换密码、解绑设备）。",
    ],
    { href: `${baseUrl}/`, label: "登录系统" },
  );
}

export function credentialTaskMail(to: string, name: string, task: CredentialTask, baseUrl: string): Mail {
  const lines = [
    `${name}，您好：`,
    `账号「${task.accountName}」（备案编号 ${task.filingNumber}）的后台管理人员变更已通过审核。`,
    ...(task.removedAdmins.length ? [`不再担任管理人员：${task.removedAdmins.join("、")}。`] : []),
    ...(task.addedAdmins.length ? [`新任管理人员：${task.addedAdmins.join("、")}。`] : []),
    `请在 ${formatShanghai(task.dueAt)}（北京时间）前更换账号密码、解绑离任人员的登录设备，并在系统中登记完成日期。请勿在系统或邮件中填写密码。`,
  ];
  return mail(to, `请更换密码并解绑设备：${task.accountName}`, lines, { href: `${baseUrl}/#/credential-tasks`, label: "登记完成情况" });
}
