import type { ContentDraft } from "../../content/draft.js";
import type { Publication } from "../../content/publication.js";
import { ACCOUNT_YEAR_SET, ACCOUNT_YEAR_SPEC } from "../annual-table.js";
import type { FigureCount } from "../figures.js";
import { NOW } from "../figures.js";
import type { FigureSource } from "../figure-source.js";
import { monthOf } from "../months.js";

/** What a publication is counted as: 原创 or 转载 (from its approved version), or 非系统发布 (a manual entry, text unknown). */
export type PublicationKind = "original" | "repost" | "manual";

export const CONTENT_SETS = {
  /** [unit, platform, original | repost | manual] → publications per month published. */
  publications: { platform: true, period: "month" },
  /** [unit, status] → content drafts by status now. */
  drafts: { platform: false, period: "now" },
} as const;

/** Every system publication carries its version's type (publication-service); only manual entries have none. */
export const publicationKind = (p: Pick<Publication, "source" | "contentType">): PublicationKind => (p.source === "system" && p.contentType ? p.contentType : "manual");

/** A publication counts in the month it went out, and in its account's year: 发布数, and 原创数 when original. */
export const publicationFigures: FigureSource<Publication> = {
  entity: "publication",
  sets: { publications: CONTENT_SETS.publications, [ACCOUNT_YEAR_SET]: ACCOUNT_YEAR_SPEC },
  count(p) {
    const month = monthOf(p.publishedAt);
    const kind = publicationKind(p);
    const year = (field: string): FigureCount => ({ set: ACCOUNT_YEAR_SET, period: month.slice(0, 4), key: [p.unitId, p.accountId, field], n: 1 });
    const out: FigureCount[] = [{ set: "publications", period: month, key: [p.unitId, p.platform, kind], n: 1 }, year("publications")];
    if (kind === "original") out.push(year("originals"));
    return out;
  },
};

/** Drafts by their status now (送审中, 退回修改 … on the 工作台). */
export const draftFigures: FigureSource<ContentDraft> = {
  entity: "contentDraft",
  sets: { drafts: CONTENT_SETS.drafts },
  count: (d) => [{ set: "drafts", period: NOW, key: [d.unitId, d.status], n: 1 }],
};
