import type { ReviewKind, ReviewSection, ReviewSubject } from "../review/kind.js";
import { describeFiling, diffFiling, type FieldChange } from "../register/account-data-diff.js";
import { FILING_KIND_LABELS, type Filing } from "./filing.js";
import { FILING_CHECKLISTS } from "./filing-checklists.js";
import type { FilingDeps } from "./filing-deps.js";
import { accountLine, filingOutcomeNotice } from "./filing-notices.js";
import { filingOutcomes } from "./filing-outcomes.js";
import { reviewStateOf, withReviewState } from "./filing-state.js";

export const FILING_REVIEW_KIND = "filing";

/** Account filings (开设 / 变更 / 注销) as a kind of review item. */
export function filingReviewKind(deps: Pick<FilingDeps, "filings" | "accounts" | "directory" | "audit" | "effects" | "newId">): ReviewKind<Filing> {
  const { filings, directory, audit } = deps;
  const outcomes = filingOutcomes(deps);

  async function sections(filing: Filing): Promise<ReviewSection[]> {
    const out: ReviewSection[] = [];
    if (filing.kind === "cancel") {
      out.push({ type: "notice", heading: "注销申请", tone: "warn", text: `备案编号 ${filing.filingNumber}：申请注销。注销原因：${filing.reason}`, testId: "cancel-reason" });
    }
    if (filing.kind === "change" && filing.previousData) {
      const rows = diffFiling(filing.previousData, filing.data);
      if (filing.transferToUnitId) {
        const [from, to] = await Promise.all([directory.getUnit(filing.unitId), directory.getUnit(filing.transferToUnitId)]);
        rows.unshift({ field: "主办单位", before: from?.name ?? filing.unitId, after: to?.name ?? filing.transferToUnitId });
      }
      out.push({ type: "changes", heading: "变更内容（变更前 → 变更后）", note: `变更事由：${filing.reason}`, before: "变更前", after: "变更后", changes: rows, testId: "change-diff" });
    }
    const resubmitted = (await audit.listAudit(filing.filingId)).find((r) => r.action === "filing_resubmitted" && r.details.round === filing.round);
    const changes = (resubmitted?.details.changes as FieldChange[] | undefined) ?? [];
    if (changes.length) out.push({ type: "changes", heading: "本轮修改内容", before: "修改前", after: "修改后", changes, testId: "changes" });
    const heading = filing.kind === "change" ? "变更后的备案信息" : filing.kind === "cancel" ? "拟注销账号的备案信息" : "申请内容";
    out.push({ type: "rows", heading, rows: describeFiling(filing.data), testId: "filing-details" });
    return out;
  }

  return {
    kind: FILING_REVIEW_KIND,
    label: "备案",
    checklists: FILING_CHECKLISTS,

    async load(itemId) {
      const filing = await filings.getFiling(itemId);
      return filing && { state: reviewStateOf(filing), item: filing };
    },

    write(subject, next, patch) {
      const filing = withReviewState({ ...subject.item, ...patch }, next);
      return filings.writeFiling(filing, { auditSeq: subject.state.auditSeq, status: subject.item.status });
    },

    async describe({ item }) {
      return { title: item.data.accountName, requestLabel: FILING_KIND_LABELS[item.kind], headline: [accountLine(item)], sections: await sections(item) };
    },

    title: ({ item }) => item.data.accountName,
    pagePath: ({ item }) => `#/filings/${encodeURIComponent(item.filingId)}`,
    onOutcome: (subject, outcome, context) => outcomes(subject.item, outcome, context.actor, context.at),
    outcomeNotice: (subject: ReviewSubject<Filing>, outcome, context) => filingOutcomeNotice(withReviewState(subject.item, subject.state), outcome, context.stage),
  };
}
