import type { z } from "zod";
import { validationError, type FieldError } from "./errors.js";

/**
 * Turns zod issues into field errors with stable codes and Chinese messages. `labels` names the
 * fields as users see them; array indexes are shown 1-based ("管理人员 2 的手机号").
 */
export function toFieldErrors(error: z.ZodError, labels: Record<string, string>): FieldError[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join(".");
    const label = labelFor(issue.path, labels);
    const custom = (issue as { params?: { code?: string } }).params?.code;
    switch (issue.code) {
      case "invalid_type":
        return issue.input === undefined || issue.input === null
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
        return { field, code: "INVALID_CHOICE", message: `${label}的取值无效` };
      case "invalid_format":
        return { field, code: "INVALID_FORMAT", message: `${label}格式不正确` };
      case "unrecognized_keys":
        return { field: field || issue.keys.join(","), code: "UNKNOWN_FIELD", message: `不支持的字段：${issue.keys.join("、")}` };
      default:
        return { field, code: custom ?? "INVALID", message: issue.message || `${label}无效` };
    }
  });
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
