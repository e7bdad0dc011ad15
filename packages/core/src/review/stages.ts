/** The three review stages (三审) in order. */
export const STAGES = ["first", "second", "final"] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = { first: "初审", second: "复审", final: "终审" };

export const isStage = (value: string): value is Stage => (STAGES as readonly string[]).includes(value);

/** One point a reviewer confirms before approving a stage (文字关 / 事实关 / 导向关 …). */
export interface ChecklistItem {
  id: string;
  label: string;
}

export type Checklists = Record<Stage, ChecklistItem[]>;

export function nextStage(stage: Stage): Stage | undefined {
  return STAGES[STAGES.indexOf(stage) + 1];
}

export const DECISIONS = ["approve", "reject", "return"] as const;
export type Decision = (typeof DECISIONS)[number];
export const DECISION_LABELS: Record<Decision, string> = { approve: "通过", reject: "不予通过", return: "退回修改" };
