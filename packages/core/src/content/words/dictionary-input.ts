import { z } from "zod";
import { requiredText } from "../../shared/validation.js";

export const entryInputSchema = z.strictObject({
  wrong: requiredText(50),
  suggestion: requiredText(100),
  category: requiredText(30),
  severity: z.enum(["serious", "notice"]),
  source: requiredText(200),
});

export const allowInputSchema = z.strictObject({
  phrase: requiredText(50),
  reason: requiredText(200),
});

export const toggleInputSchema = z.strictObject({
  enabled: z.boolean(),
  reason: requiredText(200),
});

export const DICTIONARY_FIELD_LABELS: Record<string, string> = {
  wrong: "错误或敏感表述",
  suggestion: "建议表述",
  category: "类别",
  severity: "严重程度",
  source: "依据来源",
  phrase: "白名单短语",
  reason: "理由",
  enabled: "启用",
};
