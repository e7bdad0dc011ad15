import type { Mail } from "../ports.js";
import { FILING_KIND_LABELS, FILING_STATUS_LABELS, type Filing } from "../filing.js";
import { PLATFORMS } from "../platforms.js";
import { DECISION_LABELS, STAGE_LABELS, type Decision, type Stage } from "../stages.js";
import { formatShanghai } from "../time.js";

const SYSTEM_NAME = "政务新媒体备案管理系统";
const footer = `\n\n——\n${SYSTEM_NAME}（本邮件由系统自动发送，请勿直接回复）`;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function mail(to: string, subject: string, lines: string[], link?: { href: string; label: string }): Mail {
  const text = [...lines, ...(link ? ["", `${link.label}：${link.href}`] : [])].join("\n") + footer;
  const html =
    lines.map((l) => `<p>${escapeHtml(l)}</p>`).join("") +
    (link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p><p style="color:#666">${escapeHtml(link.href)}</p>` : "") +
    `<hr><p style="color:#888;font-size:12px">${SYSTEM_NAME}（本邮件由系统自动发送，请勿直接回复）</p>`;
  return { to, subject: `【${SYSTEM_NAME}】${subject}`, text, html };
}

const accountLine = (f: Filing) => `账号：${PLATFORMS[f.platform].label}「${f.data.accountName}」（${f.data.platformAccountId}）`;

export function loginMail(to: string, name: string, href: string, ttlMinutes: number): Mail {
  return mail(to, "登录链接", [`${name}，您好：`, `请点击下方链接登录系统。链接 ${ttlMinutes} 分钟内有效，仅可使用一次。`, "如非本人操作，请忽略本邮件。"], {
    href,
    label: "登录系统",
  });
}

export function reviewRequestMail(to: string, reviewerName: string, filing: Filing, unitName: string, stage: Stage, href: string, expiresAt: string): Mail {
  return mail(
    to,
    `待${STAGE_LABELS[stage]}：${filing.data.accountName}（${FILING_KIND_LABELS[filing.kind]}）`,
    [
      `${reviewerName}，您好：`,
      `${unitName} 提交的新媒体${FILING_KIND_LABELS[filing.kind]}申请（第 ${filing.round} 轮）需要您进行${STAGE_LABELS[stage]}。`,
      accountLine(filing),
      `请打开下方链接查看申请内容，逐项核对审核要点后作出决定。链接有效期至 ${formatShanghai(expiresAt)}（北京时间）。`,
    ],
    { href, label: `进入${STAGE_LABELS[stage]}页面` },
  );
}

export function outcomeMail(to: string, operatorName: string, filing: Filing, detailHref: string, timedOutStage?: Stage): Mail {
  const kind = FILING_KIND_LABELS[filing.kind];
  const status = filing.status === "filed" && filing.kind !== "open" ? "已办结" : FILING_STATUS_LABELS[filing.status];
  const lines = [`${operatorName}，您好：`, accountLine(filing)];
  if (filing.status === "filed") {
    lines.push(
      filing.kind === "open"
        ? `您提交的开设备案申请已通过三审，账号已备案。备案编号：${filing.filingNumber}。`
        : filing.kind === "change"
          ? `您提交的变更备案申请已通过三审，备案信息已更新（备案编号 ${filing.filingNumber}）。`
          : `您提交的注销备案申请已通过三审，账号已注销并将予以公告（备案编号 ${filing.filingNumber}）。`,
    );
  } else if (timedOutStage) {
    lines.push(`您提交的${kind}申请在${STAGE_LABELS[timedOutStage]}环节超过审核时限未处理，已退回。请修改或直接重新提交。`);
  } else {
    const decision = filing.lastDecision as Decision;
    lines.push(`您提交的${kind}申请${STAGE_LABELS[filing.stage]}结果：${DECISION_LABELS[decision]}。`);
    lines.push(`审核意见：${filing.lastComment ?? "（无）"}`);
    if (filing.status === "returned") lines.push("请根据审核意见修改后重新提交。");
  }
  return mail(to, `${filing.kind === "open" ? "备案" : kind}${status}：${filing.data.accountName}`, lines, { href: detailHref, label: "查看备案详情" });
}
