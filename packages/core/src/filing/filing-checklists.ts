import type { Checklists } from "../review/stages.js";

/** Per-stage checklist for account filings: 文字关 / 事实关 / 导向关. */
export const FILING_CHECKLISTS: Checklists = {
  first: [
    { id: "name-formal", label: "账号名称简洁规范、庄重得体，与主办单位职能相符" },
    { id: "form-complete", label: "申请表各项填写完整，格式正确，无错别字" },
  ],
  second: [
    { id: "unit-facts", label: "主办单位、主管领导及联系方式真实准确" },
    { id: "admins-on-staff", label: "后台管理人员为在编人员，专人专岗" },
    { id: "necessity", label: "开设必要性充分，同一平台未重复开设（或理由充分）" },
  ],
  final: [
    { id: "direction", label: "宗旨定位与信息发布范围政治方向正确、导向鲜明" },
    { id: "risk", label: "无敏感、泄密风险，运营方式符合管理规定" },
  ],
};
