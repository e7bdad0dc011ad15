import type { Mail } from "./ports.js";

export const SYSTEM_NAME = "政务新媒体备案管理系统";
const NOTE = `${SYSTEM_NAME}（本邮件由系统自动发送，请勿直接回复）`;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Every mail the system sends, in one layout: greeting and lines, an optional link, the footer. */
export function composeMail(to: string, subject: string, lines: string[], link?: { href: string; label: string }): Mail {
  const text = [...lines, ...(link ? ["", `${link.label}：${link.href}`] : [])].join("\n") + `\n\n——\n${NOTE}`;
  const html =
    lines.map((l) => `<p>${escapeHtml(l)}</p>`).join("") +
    (link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p><p style="color:#666">${escapeHtml(link.href)}</p>` : "") +
    `<hr><p style="color:#888;font-size:12px">${NOTE}</p>`;
  return { to, subject: `【${SYSTEM_NAME}】${subject}`, text, html };
}
