import { z } from "zod";
import { validationError, type FieldError } from "../shared/errors.js";
import { calendarDate, parseOrThrow } from "../shared/validation.js";
import { isAfterToday } from "../shared/time.js";

const text = (max: number) => z.string().trim().min(1).max(max);

export const custodyInputSchema = z.strictObject({
  holders: z
    .array(z.strictObject({ name: text(20), post: z.string().trim().max(40).optional(), devices: z.array(text(60)).max(10) }))
    .min(1)
    .max(10),
  lastPasswordChangeAt: calendarDate.optional(),
  note: z.string().trim().max(300).optional(),
});
export type CustodyInput = z.infer<typeof custodyInputSchema>;

export const completeCredentialTaskSchema = z.strictObject({
  rotatedOn: calendarDate,
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

/** Keys that name a password or other secret; such input is refused, never stored. */
const SECRET_KEY = /pass|pwd|secret|token|credential|密码|口令|验证码/i;
const KEYWORD = String.raw`(?:密码|口令|(?<![a-z])(?:password|passwd|pwd|pw|pass)(?![a-z]))`;
/** A keyword followed by a separator ("密码：…", "pw=…", "密码是…", "password is …"). */
const SECRET_WITH_SEPARATOR = new RegExp(String.raw`${KEYWORD}\s*(?:[:：=]|是|为|is\b)`, "i");
/** A keyword followed directly by a token that looks like a password: letters with digits or symbols ("密码 Qh2026!"). */
const SECRET_TOKEN = new RegExp(String.raw`${KEYWORD}\s*(?=[^\s\u3400-\u9fff]*[A-Za-z])(?=[^\s\u3400-\u9fff]*[\d!@#$%^&*_.+-])[^\s\u3400-\u9fff]{6,}`, "i");
/** The one field about passwords we do keep: when it last changed. */
const DATE_KEYS = new Set(["lastPasswordChangeAt"]);
/** Bodies are depth-limited at the edge; this bounds the walk on its own too. */
const MAX_DEPTH = 32;

export const looksLikeSecret = (value: string) => SECRET_WITH_SEPARATOR.test(value) || SECRET_TOKEN.test(value);

/** Every field that carries or names a secret, found by an iterative walk (no recursion on user data). */
function secretFields(body: unknown): FieldError[] {
  const found: FieldError[] = [];
  const stack: { value: unknown; path: string[] }[] = [{ value: body, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value === "string") {
      if (looksLikeSecret(value)) found.push({ field: path.join("."), code: "PASSWORD_NOT_ALLOWED", message: "请勿在系统中填写密码：本系统只记录保管人和更换日期" });
    } else if (value && typeof value === "object" && path.length < MAX_DEPTH) {
      for (const [key, v] of Object.entries(value)) {
        if (!Array.isArray(value) && SECRET_KEY.test(key) && !DATE_KEYS.has(key)) {
          found.push({ field: [...path, key].join("."), code: "PASSWORD_NOT_ALLOWED", message: "本系统不保存密码，请勿提交密码类字段" });
        } else stack.push({ value: v, path: [...path, key] });
      }
    }
  }
  return found;
}

/** Parses custody-related input, refusing anything that looks like a password before any other check. */
export function parseWithoutSecrets<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const secrets = secretFields(body);
  if (secrets.length) throw validationError(secrets, "本系统不保存密码，请删除密码内容后重试");
  return parseOrThrow(schema, body, CUSTODY_FIELD_LABELS);
}

export const assertNotFuture = (date: string | undefined, field: string, now: Date) => {
  if (date && isAfterToday(date, now)) throw validationError([{ field, code: "DATE_IN_FUTURE", message: "日期不能晚于今天" }]);
};
