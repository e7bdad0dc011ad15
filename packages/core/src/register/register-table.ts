import { PLATFORMS } from "../shared/platforms.js";
import { formatShanghai } from "../shared/time.js";
import { ACCOUNT_STATUS_LABELS } from "./account.js";
import { OPERATION_MODE_LABELS, VERIFICATION_LABELS } from "./account-labels.js";
import type { RegisterItem } from "./register-search.js";

/** 备案登记表: the register's columns as the seeds' paper forms name them, one row per account. */
export const REGISTER_TABLE_COLUMNS = [
  "序号",
  "备案编号",
  "账号名称",
  "平台类型",
  "平台账号或网址",
  "主办单位",
  "主管领导",
  "联系电话",
  "后台管理人员",
  "运营方式",
  "受托单位",
  "合同到期日",
  "认证状态",
  "状态",
  "备案时间",
  "注销时间",
] as const;

export type RegisterTableRow = Record<(typeof REGISTER_TABLE_COLUMNS)[number], string | number>;

export function registerTableRows(items: RegisterItem[]): RegisterTableRow[] {
  return items.map((a, index) => ({
    序号: index + 1,
    备案编号: a.filingNumber,
    账号名称: a.accountName,
    平台类型: PLATFORMS[a.platform].label,
    平台账号或网址: a.data.platformAccountId,
    主办单位: a.unitName,
    主管领导: `${a.data.leader.name}（${a.data.leader.title}）`,
    联系电话: a.data.leader.phone,
    后台管理人员: a.data.administrators.map((p) => `${p.name} ${p.phone}${p.onPayroll ? "" : "（非在编）"}`).join("；"),
    运营方式: OPERATION_MODE_LABELS[a.data.operationMode],
    受托单位: a.data.contractor?.name ?? "",
    合同到期日: a.data.contractor?.contractEndDate ?? "",
    认证状态: VERIFICATION_LABELS[a.data.verification],
    状态: ACCOUNT_STATUS_LABELS[a.status],
    备案时间: formatShanghai(a.filedAt),
    注销时间: a.cancelledAt ? formatShanghai(a.cancelledAt) : "",
  }));
}
