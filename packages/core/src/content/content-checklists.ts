import type { Checklists } from "../review/stages.js";

/** 国办发〔2018〕123号 先审后发: 文字关 → 事实关、政策依据 → 政治导向关、保密关. */
export const CONTENT_CHECKLISTS: Checklists = {
  first: [
    { id: "wording", label: "文字关：无错别字、病句，标点、数字、计量单位使用规范" },
    { id: "word-check", label: "已逐条核对错敏词提示，严重错敏词已改正或理由充分" },
  ],
  second: [
    { id: "facts", label: "事实关：时间、地点、人物、数据等事实准确，来源可靠" },
    { id: "policy", label: "政策依据准确，引用文件名称、文号、表述规范" },
    { id: "copyright", label: "转载稿件已注明来源，图片等素材使用合规" },
  ],
  final: [
    { id: "direction", label: "政治导向关：政治方向正确，表述符合党和国家方针政策" },
    { id: "secrecy", label: "保密关：不含涉密、敏感及个人隐私信息" },
  ],
};
