import { operatorUnitIds, seesUnit } from "../directory/access.js";
import { hasRole, type Actor } from "../directory/people.js";
import { appendToChain } from "../shared/audit-chain.js";
import { fail, fieldError } from "../shared/errors.js";
import { StoreConflict } from "../shared/ports.js";
import { parseOrThrow } from "../shared/validation.js";
import type { ContentDeps } from "./content-deps.js";
import { MANUAL_PUBLICATION_LABELS, manualPublicationInputSchema, PUBLICATION_FIELD_LABELS, publicationInputSchema } from "./content-input.js";
import { draftAccess } from "./draft-access.js";
import type { MonitorService } from "./monitor/monitor-service.js";
import { systemPublicationId, type Publication } from "./publication.js";

/** A publication may be dated a few minutes ahead (clocks differ), never later. */
const CLOCK_SLACK_MS = 5 * 60_000;

/**
 * 发布登记: where and when an approved draft went out, per account, tied to the approved version's
 * hash; and posts published outside the system (非系统发布), flagged. Both move the account's last
 * update on the monitor in the same transaction.
 */
export function publicationService(deps: ContentDeps, monitor: MonitorService) {
  const { content, accounts, directory, audit, tx, clock, newId } = deps;
  const access = draftAccess(deps);

  function assertNotFuture(publishedAt: string) {
    if (Date.parse(publishedAt) > clock.now().getTime() + CLOCK_SLACK_MS) throw fieldError("publishedAt", "IN_FUTURE", "发布时间不能晚于当前时间");
  }

  /** Retries once when the monitor entry moved under us (the daily sweep, another publication). */
  async function commitWithEntry(build: () => Promise<Parameters<typeof tx.commit>[0]>) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await tx.commit(await build());
      } catch (error) {
        if (!(error instanceof StoreConflict) || error.part !== "monitor" || attempt > 0) throw error;
      }
    }
  }

  return {
    async record(actor: Actor, draftId: string, body: unknown): Promise<Publication> {
      const draft = await access.editable(actor, draftId);
      const input = parseOrThrow(publicationInputSchema, body, PUBLICATION_FIELD_LABELS);
      assertNotFuture(input.publishedAt);
      const approved = (draft.status === "approved" || draft.status === "published") && !!draft.approvedHash && draft.approvedHash === draft.contentHash;
      if (!approved || (input.contentHash && input.contentHash !== draft.approvedHash)) throw fail("VERSION_NOT_APPROVED");
      if (!draft.accountIds.includes(input.accountId)) throw fieldError("accountId", "NOT_IN_DRAFT", "该账号不在稿件的发布账号中");
      const account = await accounts.getAccount(input.accountId);
      if (!account || account.status !== "filed") throw fail("ACCOUNT_NOT_PUBLISHABLE", "该账号当前不是已备案状态，不能登记发布");
      const now = clock.now().toISOString();
      // The approved version is the current text, which a draft never deletes; its type makes the record countable alone.
      const version = await content.getVersion(draftId, draft.approvedHash!);
      if (!version) throw fail("VERSION_NOT_APPROVED");
      const publication: Publication = {
        publicationId: systemPublicationId(draftId, input.accountId),
        accountId: input.accountId,
        unitId: draft.unitId,
        platform: account.platform,
        source: "system",
        contentType: version.type,
        draftId,
        contentHash: draft.approvedHash,
        title: draft.title,
        url: input.url,
        publishedAt: input.publishedAt,
        recordedBy: actor.personId,
        recordedByName: actor.name,
        recordedAt: now,
      };
      const next = { ...draft, status: "published" as const, publishedAccountIds: [...new Set([...(draft.publishedAccountIds ?? []), input.accountId])] };
      const details = { accountId: input.accountId, url: input.url, publishedAt: input.publishedAt, contentHash: draft.approvedHash };
      const { entity, audit: record } = appendToChain(next, draftId, { id: actor.personId, name: actor.name }, "content_published", details, now);
      try {
        await commitWithEntry(async () => [
          content.recordPublication(publication),
          content.writeDraft(entity, { auditSeq: draft.auditSeq, status: draft.status }),
          audit.appendAudit(record),
          await monitor.publicationWrite(account, input.publishedAt, "system", draft.title),
        ]);
      } catch (error) {
        if (error instanceof StoreConflict && error.part === "publication") throw fail("ALREADY_PUBLISHED");
        if (error instanceof StoreConflict) throw fail("CONCURRENT_UPDATE", "该稿件刚被其他操作修改，请刷新后重试");
        throw error;
      }
      return publication;
    },

    /** A post published outside the system: recorded apart and flagged (先审后发 was skipped). */
    async recordManual(actor: Actor, body: unknown): Promise<Publication> {
      if (!hasRole(actor, "operator")) throw fail("ROLE_REQUIRED", "仅主办单位信息员可以登记发布");
      const input = parseOrThrow(manualPublicationInputSchema, body, MANUAL_PUBLICATION_LABELS);
      assertNotFuture(input.publishedAt);
      const account = await accounts.getAccount(input.accountId);
      if (!account || !(await operatorUnitIds(directory, actor)).includes(account.unitId)) throw fail("ACCOUNT_NOT_FOUND");
      if (account.status !== "filed") throw fail("ACCOUNT_NOT_PUBLISHABLE", "该账号当前不是已备案状态，不能登记发布");
      const publication: Publication = {
        publicationId: `manual-${newId()}`,
        accountId: account.accountId,
        unitId: account.unitId,
        platform: account.platform,
        source: "manual",
        title: input.title,
        url: input.url,
        publishedAt: input.publishedAt,
        note: input.note,
        recordedBy: actor.personId,
        recordedByName: actor.name,
        recordedAt: clock.now().toISOString(),
      };
      await commitWithEntry(async () => [content.recordPublication(publication), await monitor.publicationWrite(account, input.publishedAt, "manual", input.title)]);
      return publication;
    },

    /** An account's publications, newest first, system and manual alike (the flag tells them apart). */
    async ofAccount(actor: Actor, accountId: string) {
      const account = await accounts.getAccount(accountId);
      if (!account || !(await seesUnit(directory, actor, account.unitId))) throw fail("ACCOUNT_NOT_FOUND");
      return content.listAccountPublications(accountId, 100);
    },
  };
}

export type PublicationService = ReturnType<typeof publicationService>;
