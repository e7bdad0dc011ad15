import type { AssessmentField, ReviewAssessment } from "../review/kind.js";
import { STAGE_LABELS } from "../review/stages.js";
import { fieldError } from "../shared/errors.js";
import type { AnnualReport } from "./annual-report.js";
import { DEFAULT_INDICATORS, INSPECTION_RESULT_LABELS, scoreOf, type ScoreSheet } from "./indicators.js";

const VETO = "veto";
const deductionField = (id: string) => `deduct.${id}`;

/**
 * The score sheet every stage fills in on approval, pre-filled with the stage before's: 单项否决
 * items and the points deducted from 100, against the indicators frozen with the round. The 终审
 * sheet decides 合格 / 基本合格 / 不合格.
 */
export const reportAssessment: ReviewAssessment<AnnualReport> = {
  form({ item }, stage) {
    const config = item.indicators ?? DEFAULT_INDICATORS;
    const prior = item.assessment;
    const fields: AssessmentField[] = [
      ...config.vetoes.map((v): AssessmentField => ({ type: "check", group: "单项否决（任一项成立即为不合格）", name: VETO, value: v.id, label: v.label, checked: prior?.vetoes.includes(v.id) ?? false })),
      ...config.deductions.map((d): AssessmentField => ({
        type: "number",
        group: "扣分项（自 100 分扣减）",
        name: deductionField(d.id),
        label: `${d.label}（最多扣 ${d.maxPoints} 分）`,
        min: 0,
        max: d.maxPoints,
        step: 0.5,
        value: prior?.deductions[d.id] ?? 0,
      })),
    ];
    const previous = prior ? `${prior.stage ? STAGE_LABELS[prior.stage as keyof typeof STAGE_LABELS] ?? "" : ""}评分：${prior.score} 分，${INSPECTION_RESULT_LABELS[prior.result]}（已预填，可修改）。` : "";
    return {
      heading: `${STAGE_LABELS[stage]}评分`,
      note: `通过时须评分。得分 = 100 − 扣分合计；${config.grades.qualifiedFrom} 分及以上为合格，${config.grades.basicFrom}–${config.grades.qualifiedFrom - 1} 分为基本合格，以下为不合格；任一单项否决即为不合格。${previous}`,
      fields,
    };
  },

  read({ item }, stage, values, by) {
    const config = item.indicators ?? DEFAULT_INDICATORS;
    const vetoes = [...new Set(values[VETO] ?? [])];
    if (vetoes.some((id) => !config.vetoes.some((v) => v.id === id))) throw fieldError(VETO, "INVALID_CHOICE", "单项否决指标无效");
    const deductions: Record<string, number> = {};
    for (const d of config.deductions) {
      const raw = (values[deductionField(d.id)]?.[0] ?? "").trim() || "0";
      const points = Number(raw);
      if (!/^\d+(\.\d)?$/.test(raw) || points > d.maxPoints) {
        throw fieldError(deductionField(d.id), "OUT_OF_RANGE", `「${d.label}」扣分应为 0 到 ${d.maxPoints} 之间的数（最多一位小数）`);
      }
      if (points > 0) deductions[d.id] = points;
    }
    const { score, result } = scoreOf(config, vetoes, deductions);
    const sheet: ScoreSheet = { configVersion: config.version, vetoes, deductions, score, result, stage, by };
    return { patch: { assessment: sheet }, details: { ...sheet } };
  },
};
