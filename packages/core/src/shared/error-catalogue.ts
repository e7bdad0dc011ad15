import type { ErrorKind } from "./errors.js";

interface CatalogueEntry {
  kind: ErrorKind;
  /** The default message; call sites may give a more specific one. */
  message: string;
  /** The heading of the server-rendered error page (review links, log-in links). */
  title?: string;
}

/**
 * Every error code the system answers with, in one place: its kind (which the HTTP edge maps to a
 * status), its Chinese message and, for the server-rendered pages, its heading. Field-level codes
 * (REQUIRED, TOO_LONG, …) live in `FieldError.code`, not here.
 */
export const ERROR_CATALOGUE = {
  // 400: the request or its content
  VALIDATION_FAILED: { kind: "validation", message: "提交的内容有误，请检查后重试", title: "提交的内容有误" },
  MALFORMED_JSON: { kind: "validation", message: "请求体不是合法的 JSON" },
  JSON_TOO_DEEP: { kind: "validation", message: "请求内容层级过深" },
  MALFORMED_FORM: { kind: "validation", message: "表单内容无法解析，请返回页面重新提交", title: "无法处理" },
  BAD_REQUEST: { kind: "validation", message: "请求格式不正确" },
  LOGIN_LINK_INVALID: { kind: "validation", message: "登录链接无效", title: "登录链接无效" },
  IMPORT_FILE_UNREADABLE: { kind: "validation", message: "无法读取导入文件" },
  IMPORT_COLUMNS_MISSING: { kind: "validation", message: "导入文件缺少必需的列" },
  // 401 / 403
  UNAUTHENTICATED: { kind: "unauthenticated", message: "请先登录", title: "请先登录" },
  SESSION_EXPIRED: { kind: "unauthenticated", message: "登录已过期，请重新登录", title: "请先登录" },
  ROLE_REQUIRED: { kind: "forbidden", message: "无权执行此操作", title: "无权审核" },
  SEPARATION_OF_DUTIES: { kind: "forbidden", message: "同一人不能审核本人提交的事项，也不能对同一事项审核两个环节", title: "无权审核" },
  UNIT_OUT_OF_SCOPE: { kind: "forbidden", message: "无权查看该单位的账号" },
  ORIGIN_NOT_ALLOWED: { kind: "forbidden", message: "请求来源不被允许，请从本系统页面操作", title: "请求来源不被允许" },
  // 404
  NOT_FOUND: { kind: "not_found", message: "页面或接口不存在" },
  ITEM_NOT_FOUND: { kind: "not_found", message: "审核事项不存在或无权查看" },
  FILING_NOT_FOUND: { kind: "not_found", message: "备案申请不存在或无权查看" },
  ACCOUNT_NOT_FOUND: { kind: "not_found", message: "账号不存在或无权查看" },
  UNIT_NOT_FOUND: { kind: "not_found", message: "单位不存在" },
  PERSON_NOT_FOUND: { kind: "not_found", message: "人员不存在" },
  LINK_NOT_FOUND: { kind: "not_found", message: "审核链接无效或已被替换", title: "链接无效" },
  TASK_NOT_FOUND: { kind: "not_found", message: "没有待您处理的该审核任务", title: "没有待审任务" },
  STAGE_NOT_FOUND: { kind: "not_found", message: "审核环节不存在" },
  CHAIN_NOT_FOUND: { kind: "not_found", message: "该单位没有单独设置的审核流程" },
  CHAIN_KIND_NOT_FOUND: { kind: "not_found", message: "审核事项类型不存在" },
  CREDENTIAL_TASK_NOT_FOUND: { kind: "not_found", message: "任务不存在或无权查看" },
  DRAFT_NOT_FOUND: { kind: "not_found", message: "稿件不存在或无权查看" },
  WORD_ENTRY_NOT_FOUND: { kind: "not_found", message: "词条不存在" },
  CAMPAIGN_NOT_FOUND: { kind: "not_found", message: "该年度检查不存在" },
  UNIT_NOT_IN_CAMPAIGN: { kind: "not_found", message: "该单位没有参加本年度检查的账号" },
  REPORT_NOT_FOUND: { kind: "not_found", message: "年度报告不存在或无权查看" },
  // 409: the state of things does not allow it (now)
  CONCURRENT_UPDATE: { kind: "conflict", message: "该事项刚被其他操作修改，请刷新后重试" },
  ALREADY_DECIDED: { kind: "conflict", message: "该审核环节已被处理，本次操作未生效", title: "该环节已处理" },
  ALREADY_ASSIGNED: { kind: "conflict", message: "该任务已由此人审核，无需转交" },
  TASK_NOT_PENDING: { kind: "conflict", message: "该审核环节当前没有待处理的任务" },
  TASK_CHANGED: { kind: "conflict", message: "该审核任务刚被处理或转交，请刷新后重试" },
  STALE_REVIEW_STAGE: { kind: "conflict", message: "该审核环节已不是当前环节" },
  LINK_STATE: { kind: "conflict", message: "审核链接当前不可用" },
  NOT_IN_REVIEW: { kind: "conflict", message: "该事项当前不在审核中" },
  NOT_RETURNED: { kind: "conflict", message: "只有被退回修改的申请可以重新提交" },
  REVIEW_NOT_STUCK: { kind: "conflict", message: "该事项的审核正常进行中，无需重启" },
  JUSTIFICATION_REQUIRED: { kind: "conflict", message: "本单位在该平台已有账号（或正在备案），如确需再开设，请在“同平台多账号理由”中说明" },
  DUPLICATE_PLATFORM_ACCOUNT: { kind: "conflict", message: "该平台账号已备案或正在备案中，不能重复提交" },
  ACCOUNT_FILING_IN_PROGRESS: { kind: "conflict", message: "该账号已有变更或注销申请正在办理，请办结后再提交" },
  ACCOUNT_CANCELLED: { kind: "conflict", message: "该账号已注销" },
  ACCOUNT_STATUS: { kind: "conflict", message: "账号当前状态不允许此操作" },
  ACCOUNT_CHANGED: { kind: "conflict", message: "账号状态刚发生变化（如被停用或恢复），本次决定未生效，请刷新后重试" },
  EMAIL_TAKEN: { kind: "conflict", message: "该邮箱已被其他人员使用" },
  UNIT_CODE_TAKEN: { kind: "conflict", message: "该单位编码已被使用" },
  DIRECTORY_BUSY: { kind: "conflict", message: "组织机构正被他人修改，请稍后重试" },
  TOO_MANY_SUBUNITS: { kind: "conflict", message: "下级单位过多，请分批调整" },
  CANNOT_DEACTIVATE_SELF: { kind: "conflict", message: "不能停用本人账号" },
  CREDENTIAL_TASK_CLOSED: { kind: "conflict", message: "该任务已完成，无需重复登记" },
  DRAFT_LOCKED: { kind: "conflict", message: "该稿件当前状态不能修改（未通过或已发布的稿件请新建稿件）" },
  DRAFT_NOT_SUBMITTABLE: { kind: "conflict", message: "只有草稿或被退回修改的稿件可以送审" },
  SERIOUS_WORDS_UNCONFIRMED: { kind: "conflict", message: "稿件含有严重错敏词，请改正，或逐条说明保留理由后再送审" },
  VERSION_NOT_APPROVED: { kind: "conflict", message: "该稿件的当前版本未经三审通过，不能登记发布" },
  ALREADY_PUBLISHED: { kind: "conflict", message: "该稿件在此账号的发布已登记" },
  CAMPAIGN_EXISTS: { kind: "conflict", message: "该年度检查已发起，不能重复发起" },
  CAMPAIGN_NOT_STALLED: { kind: "conflict", message: "该年度检查没有中断，无需继续开启" },
  DEADLINE_SETTLED: { kind: "conflict", message: "该单位的截止日期已过，逾期账号已停用，不能再延期；请通过整改报告恢复" },
  REPORT_NOT_EDITABLE: { kind: "conflict", message: "该年度报告当前不能修改或提交" },
  ACCOUNT_NOT_PUBLISHABLE: { kind: "conflict", message: "所选账号不是本单位已备案（非停用、非注销）的账号" },
  // 410: it was there, and is no more
  TASK_EXPIRED: { kind: "gone", message: "该审核环节已超时关闭", title: "审核已超时" },
  LINK_EXPIRED: { kind: "gone", message: "审核链接已过期，请联系归口管理部门", title: "链接已过期" },
  LINK_SUPERSEDED: { kind: "gone", message: "该审核任务已转交他人处理，此链接已失效", title: "任务已转交" },
  REVIEW_CLOSED: { kind: "gone", message: "该事项已撤回或已结束审核，此链接已失效", title: "审核已结束" },
  REVIEWER_INACTIVE: { kind: "gone", message: "您的账号已停用，审核链接已失效", title: "链接已失效" },
  DELEGATION_ENDED: { kind: "gone", message: "代签授权已结束，此链接已失效", title: "代签已结束" },
  LOGIN_LINK_USED_OR_EXPIRED: { kind: "gone", message: "登录链接已失效（已使用或已过期），请重新获取", title: "登录链接已失效" },
  // the transport
  BODY_TOO_LARGE: { kind: "too_large", message: "提交的内容过大" },
  UNSUPPORTED_MEDIA_TYPE: { kind: "unsupported_media_type", message: "请求格式不受支持" },
  RATE_LIMITED: { kind: "too_many_requests", message: "请求过于频繁，请稍后再试" },
} as const satisfies Record<string, CatalogueEntry>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** The heading a server-rendered page shows for an error. */
export function errorTitle(code: string): string {
  const entry = (ERROR_CATALOGUE as Record<string, CatalogueEntry>)[code];
  return entry?.title ?? "无法处理";
}
