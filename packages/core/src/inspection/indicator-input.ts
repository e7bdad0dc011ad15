import { z } from "zod";

const indicatorId = z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { error: "应为小写字母、数字或连字符（如 no-update）" });
const label = z.string().trim().min(1).max(100);

/** What an admin may save as the indicator configuration. */
export const indicatorConfigSchema = z
  .strictObject({
    vetoes: z.array(z.strictObject({ id: indicatorId, label })).max(20),
    deductions: z.array(z.strictObject({ id: indicatorId, label, maxPoints: z.number().int().min(1).max(100) })).min(1).max(30),
    grades: z.strictObject({ qualifiedFrom: z.number().int().min(1).max(100), basicFrom: z.number().int().min(1).max(100) }),
  })
  .superRefine((value, ctx) => {
    const ids = [...value.vetoes.map((v) => v.id), ...value.deductions.map((d) => d.id)];
    const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (twice.length) ctx.addIssue({ code: "custom", path: ["deductions"], message: `指标编号不能重复：${[...new Set(twice)].join("、")}`, params: { code: "DUPLICATE_ID" } });
    if (value.grades.basicFrom > value.grades.qualifiedFrom) {
      ctx.addIssue({ code: "custom", path: ["grades", "basicFrom"], message: "基本合格分数线不能高于合格分数线", params: { code: "GRADES_ORDER" } });
    }
  });

export const INDICATOR_FIELD_LABELS: Record<string, string> = {
  vetoes: "单项否决指标",
  "vetoes.id": "指标编号",
  "vetoes.label": "指标内容",
  deductions: "扣分指标",
  "deductions.id": "指标编号",
  "deductions.label": "指标内容",
  "deductions.maxPoints": "最高扣分",
  grades: "等次分数线",
  "grades.qualifiedFrom": "合格分数线",
  "grades.basicFrom": "基本合格分数线",
};
