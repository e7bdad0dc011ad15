import { composeMail } from "../shared/mail-layout.js";
import type { Mail } from "../shared/ports.js";

export function loginMail(to: string, name: string, href: string, ttlMinutes: number): Mail {
  return composeMail(to, "登录链接", [`${name}，您好：`, `请点击下方链接登录系统。链接 ${ttlMinutes} 分钟内有效，仅可使用一次。`, "如非本人操作，请忽略本邮件。"], {
    href,
    label: "登录系统",
  });
}
