/** 合格 / 基本合格 / 不合格. */
export const INSPECTION_RESULTS = ["qualified", "basic", "failed"] as const;
export type InspectionResult = (typeof INSPECTION_RESULTS)[number];
export const INSPECTION_RESULT_LABELS: Record<InspectionResult, string> = { qualified: "合格", basic: "基本合格", failed: "不合格" };

export const isPassing = (result: InspectionResult | undefined) => result === "qualified" || result === "basic";

/** An item that fails the account outright (单项否决). */
export interface VetoIndicator {
  id: string;
  label: string;
}

/** An item deducted from 100, up to `maxPoints`. */
export interface DeductionIndicator {
  id: string;
  label: string;
  maxPoints: number;
}

/**
 * The inspection indicators (检查指标): configuration data, not code, because provinces differ. The
 * registry office edits them (audited); each report's round is scored against the version frozen
 * at its submission.
 */
export interface IndicatorConfig {
  /** The configuration's chain sequence; 0 is the built-in default. */
  version: number;
  vetoes: VetoIndicator[];
  deductions: DeductionIndicator[];
  /** Score from which a report is 合格, and from which 基本合格 (below: 不合格). */
  grades: { qualifiedFrom: number; basicFrom: number };
  updatedAt?: string;
  updatedBy?: string;
}

/** 国办秘函〔2019〕19号《政府网站与政务新媒体检查指标》 as shipped; the registry office adapts it. */
export const DEFAULT_INDICATORS: IndicatorConfig = {
  version: 0,
  vetoes: [
    { id: "security", label: "安全：发生安全、泄密事故，或出现严重表述错误" },
    { id: "no-update", label: "内容更新：监测点前两周内无更新" },
    { id: "interaction", label: "互动回应：互动功能无法使用，或长期未回应网民留言" },
  ],
  deductions: [
    { id: "timeliness", label: "内容更新不及时", maxPoints: 20 },
    { id: "wording", label: "表述错误、错别字", maxPoints: 15 },
    { id: "functions", label: "功能无法使用（链接失效、服务不可用等）", maxPoints: 15 },
    { id: "replies", label: "互动回应不及时、答非所问", maxPoints: 15 },
    { id: "review", label: "未落实先审后发等审核制度", maxPoints: 15 },
    { id: "filing", label: "账号备案信息不准确或变更未备案", maxPoints: 10 },
    { id: "custody", label: "账号安全管理不到位（密码未定期更换、离岗未收回权限等）", maxPoints: 10 },
  ],
  grades: { qualifiedFrom: 80, basicFrom: 60 },
};

/** A reviewer's score sheet for one report: which vetoes apply and the points deducted per item. */
export interface ScoreSheet {
  configVersion: number;
  vetoes: string[];
  deductions: Record<string, number>;
  score: number;
  result: InspectionResult;
  stage?: string;
  by?: string;
}

/** 100 minus the deductions (never below 0); any 单项否决 makes it 不合格 whatever the score. */
export function scoreOf(config: IndicatorConfig, vetoes: string[], deductions: Record<string, number>): { score: number; result: InspectionResult } {
  const deducted = config.deductions.reduce((sum, item) => sum + Math.min(item.maxPoints, Math.max(0, deductions[item.id] ?? 0)), 0);
  const score = Math.max(0, Math.round((100 - deducted) * 10) / 10);
  if (vetoes.some((id) => config.vetoes.some((v) => v.id === id))) return { score, result: "failed" };
  const result = score >= config.grades.qualifiedFrom ? "qualified" : score >= config.grades.basicFrom ? "basic" : "failed";
  return { score, result };
}
