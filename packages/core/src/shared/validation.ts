import { z } from "zod";
import { validationError, type FieldError } from "./errors.js";

const HAN = /[\u3400-\u9fff]/;

/** Formats the common fields expect, said in the error so users know what to type. */
export const FORMAT_HINTS = {
  phone: "应为 11 位手机号（如 13800000000）或带区号的固定电话（如 0310-1234567）",
  email: "应为电子邮箱地址（如 name@example.gov.cn）",
  date: "应为有效日期（年-月-日，如 2026-12-01）",
} as const;

/** A real calendar day "YYYY-MM-DD" (2027-02-30 is refused, not rolled over to March). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The one date schema every date field uses. */
export const calendarDate = z.string().refine(isCalendarDate, { error: `格式不正确，${FORMAT_HINTS.date}`, params: { code: "INVALID_DATE", labelled: true } });

export const phoneNumber = z
  .string()
  .trim()
  .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/, { error: `格式不正确，${FORMAT_HINTS.phone}` });

export const emailAddress = z.email({ error: `格式不正确，${FORMAT_HINTS.email}` }).max(254);

export const requiredText = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) => z.string().trim().max(max).optional();

/**
 * Turns zod issues into field errors with stable codes and Chinese messages. `labels` names the
 * fields as users see them; array indexes are shown 1-based ("管理人员 2 的手机号"). A message of
 * our own (always Chinese) is kept; zod's own English defaults never reach a user.
 */
export function toFieldErrors(error: z.ZodError, labels: Record<string, string>): FieldError[] {
  const seen = new Set<string>();
  return error.issues
    .map((issue) => fieldErrorOf(issue, labels))
    .filter((e) => {
      // A union or a refinement can report one field twice; users need it once.
      const key = `${e.field}|${e.code}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function fieldErrorOf(issue: z.core.$ZodIssue, labels: Record<string, string>): FieldError {
  const field = issue.path.map(String).join(".");
  const label = labelFor(issue.path, labels);
  const ours = HAN.test(issue.message ?? "") ? issue.message : undefined;
  const params = (issue as { params?: { code?: string; labelled?: boolean } }).params;
  const custom = params?.code;
  switch (issue.code) {
    case "invalid_type":
      // zod does not keep the input; its (English, never shown) message says what was received.
      return /received (undefined|null)\b/.test(issue.message ?? "") || (issue.input === null && "input" in issue)
        ? { field, code: "REQUIRED", message: `${label}为必填项` }
        : { field, code: "INVALID_TYPE", message: `${label}格式不正确` };
    case "too_small":
      return issue.origin === "array"
        ? { field, code: "REQUIRED", message: `请至少填写一项${label}` }
        : Number(issue.minimum) <= 1
          ? { field, code: "REQUIRED", message: `${label}为必填项` }
          : { field, code: "TOO_SHORT", message: `${label}至少需要 ${issue.minimum} 个字` };
    case "too_big":
      return issue.origin === "array"
        ? { field, code: "TOO_MANY", message: `${label}最多 ${issue.maximum} 项` }
        : { field, code: "TOO_LONG", message: `${label}不能超过 ${issue.maximum} 个字` };
    case "invalid_value":
      return { field, code: custom ?? "INVALID_CHOICE", message: ours ? `${label}：${ours}` : `${label}的取值无效` };
    case "invalid_format":
      return { field, code: "INVALID_FORMAT", message: ours ? `${label}${ours}` : `${label}格式不正确` };
    case "unrecognized_keys":
      return { field: field || issue.keys.join(","), code: "UNKNOWN_FIELD", message: `不支持的字段：${issue.keys.join("、")}` };
    case "custom":
      // A refinement's message is a whole sentence, unless it asks for the field's name in front.
      return { field, code: custom ?? "INVALID_FORMAT", message: ours ? (params?.labelled ? `${label}${ours}` : ours) : `${label}无效` };
    default:
      return { field, code: custom ?? "INVALID", message: ours ?? `${label}无效` };
  }
}

function labelFor(path: PropertyKey[], labels: Record<string, string>): string {
  const parts: string[] = [];
  let key = "";
  for (const segment of path) {
    if (typeof segment === "number") {
      parts.push(`第 ${segment + 1} 项`);
      continue;
    }
    key = key ? `${key}.${String(segment)}` : String(segment);
    parts.push(labels[key] ?? labels[String(segment)] ?? String(segment));
  }
  return parts.join("·") || "内容";
}

export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown, labels: Record<string, string>): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(toFieldErrors(result.error, labels));
  return result.data;
}
