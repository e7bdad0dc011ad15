import type { Account } from "../register/account.js";
import { composeMail } from "../shared/mail-layout.js";
import type { Mail } from "../shared/ports.js";
import { formatShanghai } from "../shared/time.js";
import type { ContractFlag } from "./contract-watch.js";
import type { CredentialTask } from "./credential-task.js";
import { PLATFORMS } from "../shared/platforms.js";

export function contractNoticeMail(to: string, name: string, account: Account, flag: ContractFlag, baseUrl: string): Mail {
  const label = `${PLATFORMS[account.platform].label}「${account.accountName}」（备案编号 ${account.filingNumber}）`;
  const ended = flag.state === "ended";
  return composeMail(
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
  return composeMail(to, `请更换密码并解绑设备：${task.accountName}`, lines, { href: `${baseUrl}/#/credential-tasks`, label: "登记完成情况" });
}
