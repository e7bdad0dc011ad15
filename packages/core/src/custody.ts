import { z } from "zod";
import { validationError, type FieldError } from "./errors.js";
import { parseOrThrow } from "./validation.js";

/**
 * Credential custody (账号密码保管): who holds an account's login and on which devices, and when
 * the password last changed. Never the password itself: the seeds ask for 定期更换密码 and
 * 离岗收回, which needs the who and the when, not the secret.
 */
export interface CredentialHolder {
  name: string;
  /** 职务或岗位, e.g. 信息员. */
  post?: string;
  /** Devices logged in to the account (e.g. "办公室电脑", "工作手机 iPhone 13"). */
  devices: string[];
}

export interface CredentialCustody {
  holders: CredentialHolder[];
  /** YYYY-MM-DD, Beijing date. */
  lastPasswordChangeAt?: string;
  note?: string;
  updatedAt: string;
  updatedBy: string;
}

export type CredentialTaskState = "open" | "done";

/** "更换密码 / 解绑设备" after an approved administrator change; due within a deadline. */
export interface CredentialTask {
  taskId: string;
  accountId: string;
  unitId: string;
  accountName: string;
  filingNumber: string;
  state: CredentialTaskState;
  reason: "admin_change";
  /** Administrators who left (their access must end) and those who joined. */
  removedAdmins: string[];
  addedAdmins: string[];
  openedAt: string;
  /** ISO instant; overdue once past. */
  dueAt: string;
  completedAt?: string;
  completedBy?: string;
  /** YYYY-MM-DD the password was changed, as reported when completing. */
  rotatedOn?: string;
}

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00+08:00`)));
const text = (max: number) => z.string().trim().min(1).max(max);

export const custodyInputSchema = z.strictObject({
  holders: z
    .array(z.strictObject({ name: text(20), post: z.string().trim().max(40).optional(), devices: z.array(text(60)).max(10) }))
    .min(1)
    .max(10),
  lastPasswordChangeAt: isoDate.optional(),
  note: z.string().trim().max(300).optional(),
});
export type CustodyInput = z.infer<typeof custodyInputSchema>;

export const completeCredentialTaskSchema = z.strictObject({
  rotatedOn: isoDate,
  devicesUnbound: z.literal(true, { error: "须确认已解绑离任人员的登录设备" }),
  note: z.string().trim().max(300).optional(),
});
export type CompleteCredentialTaskInput = z.infer<typeof completeCredentialTaskSchema>;

export const CUSTODY_FIELD_LABELS: Record<string, string> = {
  holders: "账号保管人",
  "holders.name": "姓名",
  "holders.post": "岗位",
  "holders.devices": "登录设备",
  lastPasswordChangeAt: "最近一次更换密码日期",
  note: "备注",
  rotatedOn: "更换密码日期",
  devicesUnbound: "设备解绑确认",
};

/** Keys and values that look like a password or other secret; such input is refused, never stored. */
const SECRET_KEY = /pass|pwd|secret|token|credential|密码|口令|验证码/i;
const SECRET_VALUE = /(密码|口令|password|passwd|pwd)\s*[:：=是为]/i;
/** The one field about passwords we do keep: when it last changed. */
const DATE_KEYS = new Set(["lastPasswordChangeAt"]);

function secretFields(value: unknown, path: string[] = []): FieldError[] {
  if (typeof value === "string") {
    return SECRET_VALUE.test(value) ? [{ field: path.join("."), code: "PASSWORD_NOT_ALLOWED", message: "请勿在系统中填写密码：本系统只记录保管人和更换日期" }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => secretFields(v, [...path, String(i)]));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, v]) =>
      SECRET_KEY.test(key) && !DATE_KEYS.has(key)
        ? [{ field: [...path, key].join("."), code: "PASSWORD_NOT_ALLOWED", message: "本系统不保存密码，请勿提交密码类字段" }]
        : secretFields(v, [...path, key]),
    );
  }
  return [];
}

/** Parses custody-related input, refusing anything that looks like a password before any other check. */
export function parseWithoutSecrets<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const secrets = secretFields(body);
  if (secrets.length) throw validationError(secrets, "本系统不保存密码，请删除密码内容后重试");
  return parseOrThrow(schema, body, CUSTODY_FIELD_LABELS);
}

/** Beijing calendar date of an instant, YYYY-MM-DD. */
export function shanghaiDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export function isAfterToday(date: string, now: Date): boolean {
  return date > shanghaiDate(now);
}

export const assertNotFuture = (date: string | undefined, field: string, now: Date) => {
  if (date && isAfterToday(date, now)) throw validationError([{ field, code: "DATE_IN_FUTURE", message: "日期不能晚于今天" }]);
};

export const isOverdue = (task: CredentialTask, now: Date) => task.state === "open" && task.dueAt < now.toISOString();
