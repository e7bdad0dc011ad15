import type { Checklists } from "../review/stages.js";

/** 初审 checks the figures and the answers, 复审 scores against the indicators, 终审 confirms the result and its consequence. */
export const ANNUAL_REPORT_CHECKLISTS: Checklists = {
  first: [
    { id: "figures", label: "已核对系统预填数据与单位填报内容，数据真实、口径一致" },
    { id: "complete", label: "填报内容完整，经主管领导确认" },
  ],
  second: [
    { id: "indicators", label: "已对照检查指标逐项评分，单项否决项已逐项核实" },
    { id: "evidence", label: "扣分有据（更新监测、错敏词、审核记录等系统数据或检查记录）" },
  ],
  final: [{ id: "result", label: "检查结果等次准确，同意按此结果处理（不合格的账号将被停用）" }],
};
