import type { Account } from "../../register/account.js";
import { composeMail } from "../../shared/mail-layout.js";
import type { Mail } from "../../shared/ports.js";
import { PLATFORMS } from "../../shared/platforms.js";
import { formatShanghai } from "../../shared/time.js";
import type { MonitorEntry } from "./monitor-entry.js";
import type { UpdateThresholds } from "./thresholds.js";

const accountLabel = (a: Pick<Account, "platform" | "accountName" | "filingNumber">) => `${PLATFORMS[a.platform].label}「${a.accountName}」（备案编号 ${a.filingNumber}）`;

export function updateWarningMail(to: string, name: string, account: Account, entry: MonitorEntry, days: number, thresholds: UpdateThresholds, baseUrl: string): Mail {
  return composeMail(
    to,
    `更新预警：${account.accountName} 已 ${days} 天未更新`,
    [
      `${name}，您好：`,
      `${accountLabel(account)}自 ${formatShanghai(entry.lastPublishedAt)} 以来已 ${days} 天没有发布信息。`,
      `按照政务新媒体检查指标（国办秘函〔2019〕19号），监测点前两周内未更新即为单项否决。若 ${thresholds.violationDays} 天内仍未更新，系统将记录违规并通报归口管理部门。`,
      "请尽快按“先审后发”要求撰写稿件、送审并发布；已在系统外发布的，请在系统中登记。",
    ],
    { href: `${baseUrl}/#/content`, label: "撰写稿件" },
  );
}

export function updateViolationMail(to: string, name: string, account: Account, entry: MonitorEntry, days: number, unitName: string, baseUrl: string): Mail {
  return composeMail(
    to,
    `更新违规：${account.accountName} 已 ${days} 天未更新`,
    [
      `${name}，您好：`,
      `${unitName} 的 ${accountLabel(account)}自 ${formatShanghai(entry.lastPublishedAt)} 以来已 ${days} 天没有发布信息，已记录为“内容更新”违规（两周内未更新，单项否决）。`,
      "该记录已写入账号的审计记录。请督促尽快恢复更新，长期不更新的账号应按规定关停整合。",
    ],
    { href: `${baseUrl}/#/update-monitor`, label: "查看更新监测" },
  );
}
