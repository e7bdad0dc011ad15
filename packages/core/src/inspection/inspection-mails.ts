import type { Account } from "../register/account.js";
import { composeMail } from "../shared/mail-layout.js";
import type { Mail } from "../shared/ports.js";
import { PLATFORMS } from "../shared/platforms.js";
import { SUSPEND_REASON_LABELS, type SuspendReason } from "./annual-report.js";

/** How many accounts a unit's mail names before "等 N 个账号". */
const LISTED = 50;

export const accountLine = (a: Pick<Account, "platform" | "accountName" | "filingNumber">) => `${PLATFORMS[a.platform]?.label ?? a.platform}「${a.accountName}」（备案编号 ${a.filingNumber}）`;

function listed(accounts: Pick<Account, "platform" | "accountName" | "filingNumber">[], total = accounts.length): string[] {
  const lines = accounts.slice(0, LISTED).map((a, i) => `${i + 1}. ${accountLine(a)}`);
  if (total > lines.length) lines.push(`……等 ${total} 个账号`);
  return lines;
}

const reportsLink = (baseUrl: string, year: number) => ({ href: `${baseUrl}/#/annual-reports?year=${year}`, label: "填报年度报告" });

/** Once per unit when the campaign opens: every account that must report, the deadline, the link. */
export function openingMail(to: string, name: string, unitName: string, year: number, deadline: string, accounts: Account[], total: number, baseUrl: string): Mail {
  return composeMail(
    to,
    `${year} 年度政务新媒体年度检查：请于 ${deadline} 前提交 ${total} 个账号的年度报告`,
    [
      `${name}，您好：`,
      `${year} 年度政务新媒体年度检查已开始。${unitName}以下 ${total} 个账号须提交年度报告：`,
      ...listed(accounts, total),
      `系统已根据本年度发布、更新监测、审核、账号安全等数据预先填写统计数据；请补充互动回应、安全事件、整改情况、自评，经主管领导确认后于 ${deadline}（含当日）前提交。`,
      "逾期未提交或检查不合格的账号将被停用；停用后整改期内整改报告未获通过的，将予以注销并公告。",
    ],
    reportsLink(baseUrl, year),
  );
}

export function reminderMail(to: string, name: string, unitName: string, year: number, deadline: string, daysLeft: number, pending: number, baseUrl: string): Mail {
  return composeMail(
    to,
    `年度检查提醒：${unitName}尚有 ${pending} 份年度报告未提交（${daysLeft <= 1 ? "明日截止" : `${daysLeft} 天后截止`}）`,
    [
      `${name}，您好：`,
      `${year} 年度政务新媒体年度检查的提交截止日期为 ${deadline}，距截止还有 ${daysLeft} 天。${unitName}尚有 ${pending} 份年度报告未提交（含被退回修改的）。`,
      "逾期未提交的账号将被停用。请尽快填报，经主管领导确认后提交。",
    ],
    reportsLink(baseUrl, year),
  );
}

/** At the deadline, once per unit: the accounts suspended because their report was missing. */
export function overdueMail(to: string, name: string, unitName: string, year: number, deadline: string, graceUntil: string, accounts: Account[], baseUrl: string): Mail {
  return composeMail(
    to,
    `年度检查逾期：${unitName} ${accounts.length} 个账号已停用`,
    [
      `${name}，您好：`,
      `${year} 年度检查的提交截止日期 ${deadline} 已过，${unitName}以下账号未按期提交（或未通过审核退回后未再提交）年度报告，已依规停用：`,
      ...listed(accounts),
      `请在 ${graceUntil}（含当日）前提交整改报告并获审核通过，账号即可恢复；逾期未通过的，账号将被注销并列入注销公告。`,
    ],
    reportsLink(baseUrl, year),
  );
}

/** A report that failed (不合格 or 不予通过): the account is suspended at once. */
export function suspendedMail(to: string, name: string, account: Account, year: number, reason: SuspendReason, graceUntil: string, baseUrl: string, comment?: string): Mail {
  return composeMail(
    to,
    `年度检查：${account.accountName} 已停用（${SUSPEND_REASON_LABELS[reason]}）`,
    [
      `${name}，您好：`,
      `${accountLine(account)} ${year} 年度检查结果：${SUSPEND_REASON_LABELS[reason]}，账号已依规停用。`,
      ...(comment ? [`审核意见：${comment}`] : []),
      `请在 ${graceUntil}（含当日）前提交整改报告并获审核通过，账号即可恢复；逾期未通过的，账号将被注销并列入注销公告。`,
    ],
    reportsLink(baseUrl, year),
  );
}

export function cancelledMail(to: string, name: string, account: Account, year: number, graceUntil: string, baseUrl: string): Mail {
  return composeMail(
    to,
    `年度检查：${account.accountName} 已注销`,
    [
      `${name}，您好：`,
      `${accountLine(account)}因 ${year} 年度检查未通过而停用，整改期（至 ${graceUntil}）内未有整改报告获审核通过，账号已依规注销，并列入注销公告。`,
      "如需继续运营，须重新提交开设备案。",
    ],
    { href: `${baseUrl}/#/verify`, label: "查看注销公告" },
  );
}

export function restoredMail(to: string, name: string, account: Account, year: number, baseUrl: string): Mail {
  return composeMail(
    to,
    `年度检查：${account.accountName} 整改通过，已恢复`,
    [`${name}，您好：`, `${accountLine(account)}的 ${year} 年度整改报告已审核通过，账号已恢复为已备案状态。`],
    reportsLink(baseUrl, year),
  );
}

/** To the admins when the opening failed for good: an admin resumes it. */
export function openingFailedMail(to: string, name: string, year: number, error: string, baseUrl: string): Mail {
  return composeMail(
    to,
    `${year} 年度检查开启失败，请处理`,
    [`${name}，您好：`, `${year} 年度检查在开启（生成年度报告、通知各单位）过程中出错：${error}。`, "已生成的报告和已发出的通知不会重复；请在“年度检查”页面点击“继续开启”。"],
    { href: `${baseUrl}/#/inspection`, label: "打开年度检查" },
  );
}
