import type { WordSeverity } from "../draft.js";

/** One 错敏词 entry: a wrong or sensitive form, what to write instead, why, and how serious. */
export interface WordEntry {
  entryId: string;
  wrong: string;
  suggestion: string;
  category: string;
  severity: WordSeverity;
  source: string;
  /** "allow": a whitelisted phrase; hits inside it are not reported (e.g. a quotation, a proper name). */
  kind: "word" | "allow";
  enabled: boolean;
  /** Shipped with the system (the starter set) or added by the registry office. */
  origin: "starter" | "custom";
  updatedAt?: string;
  updatedBy?: string;
}

/** The dictionary as the check uses it: every entry in force, and the version it was read at. */
export interface WordDictionary {
  version: number;
  entries: WordEntry[];
}

export const WORD_CATEGORIES = {
  xinhua: "新华社禁用词和慎用词",
  typo: "常见错别字",
  institution: "过时机构名称",
  political: "政治性错误表述",
  formal: "政务规范表述",
  custom: "自定义",
} as const;
