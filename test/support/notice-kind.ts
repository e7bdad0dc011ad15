import { appendToChain, GENESIS_HASH, reviewStartEvent, type Actor, type CapabilityDeps, type Checklists, type ReviewKind, type ReviewState, type ReviewSubject } from "@beian/core";

/**
 * A review kind that exists only in tests: a short notice (通知) with its own checklist and its own
 * outcome effect, kept as a document in the generic review-item store. It shows that a kind plugs
 * into the three-stage review through the kind interface alone.
 */
export const NOTICE_KIND = "notice";

export interface Notice {
  title: string;
  text: string;
  /** Set by the approval: the number the notice goes out under. */
  issuedAs?: string;
}

export const NOTICE_CHECKLISTS: Checklists = {
  first: [{ id: "wording", label: "文字通顺，无错别字" }],
  second: [
    { id: "facts", label: "时间、地点准确" },
    { id: "scope", label: "发布范围适当" },
  ],
  final: [{ id: "approve-issue", label: "同意印发" }],
};

/** What the outcome effect did after its transaction committed (one entry per approved notice). */
export type IssuedLog = string[];

export function noticeKind(deps: CapabilityDeps, issued: IssuedLog): ReviewKind<Notice> {
  deps.effects.on("test.notice-issued", async (payload) => {
    issued.push(String(payload.itemId));
  });
  return {
    kind: NOTICE_KIND,
    label: "测试通知",
    checklists: NOTICE_CHECKLISTS,
    async load(itemId) {
      const doc = await deps.reviewItems.getItem<Notice>(NOTICE_KIND, itemId);
      return doc && { state: doc.state, item: doc.body };
    },
    write: (subject, next, patch) => deps.reviewItems.putItem({ kind: NOTICE_KIND, state: next, body: { ...subject.item, ...patch } }, { auditSeq: subject.state.auditSeq, status: subject.state.status }),
    async describe({ item }) {
      return { title: item.title, requestLabel: "通知", headline: [`通知：${item.title}`], sections: [{ type: "text", heading: "通知正文", text: item.text, testId: "notice-text" }] };
    },
    title: ({ item }) => item.title,
    pagePath: (subject) => `#/notices/${subject.state.itemId}`,
    async onOutcome(subject, outcome) {
      if (outcome !== "approved") return {};
      return {
        patch: { issuedAs: `通知〔2026〕${subject.state.itemId.slice(0, 4)}号` },
        auditDetails: { issued: true },
        events: [deps.effects.event("test.notice-issued", { itemId: subject.state.itemId })],
      };
    },
    outcomeNotice: (subject: ReviewSubject<Notice>, outcome) => ({
      subject: `通知${outcome === "approved" ? "已印发" : "未通过"}：${subject.item.title}`,
      lines: outcome === "approved" ? [`文号：${subject.item.issuedAs}`] : [`审核意见：${subject.state.lastComment ?? "（无）"}`],
      linkLabel: "查看通知",
    }),
  };
}

/** Submits a notice for review: the document, its first record and the review's start, in one transaction. */
export async function submitNotice(deps: CapabilityDeps, actor: Actor, body: Notice): Promise<ReviewState> {
  const now = deps.clock.now().toISOString();
  const itemId = deps.newId();
  const draft: ReviewState = { itemId, unitId: actor.unitId, submittedBy: actor.personId, round: 1, status: "in_review", stage: "first", submittedAt: now, auditSeq: 0, auditHead: GENESIS_HASH, updatedAt: now };
  const { entity: state, audit } = appendToChain(draft, itemId, { id: actor.personId, name: actor.name }, "notice_submitted", { round: 1 }, now);
  const start = reviewStartEvent(deps.effects, NOTICE_KIND, state);
  await deps.tx.commit([deps.reviewItems.putItem({ kind: NOTICE_KIND, state, body }), deps.audit.appendAudit(audit), deps.effects.record(start)]);
  await deps.effects.run([start]);
  return state;
}
