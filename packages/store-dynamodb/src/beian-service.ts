import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { Entity, Service } from "electrodb";
import { AccountEntity } from "./entities/account.js";
import { AuditRecordEntity } from "./entities/audit-record.js";
import { CounterEntity } from "./entities/counter.js";
import { CredentialTaskEntity } from "./entities/credential-task.js";
import { SweepNoticeEntity } from "./entities/sweep-notice.js";
import { FilingEntity } from "./entities/filing.js";
import { LoginLinkEntity } from "./entities/login-link.js";
import { PersonEntity } from "./entities/person.js";
import { PlatformClaimEntity } from "./entities/platform-claim.js";
import { RegisterEntryEntity } from "./entities/register-entry.js";
import { ReviewTaskEntity } from "./entities/review-task.js";
import { SessionEntity } from "./entities/session.js";
import { UnitEntity } from "./entities/unit.js";
import { DirectoryHeadEntity } from "./entities/directory-head.js";
import { EmailClaimEntity } from "./entities/email-claim.js";
import { ReviewChainEntity } from "./entities/review-chain.js";
import { ReviewLinkEntity } from "./entities/review-link.js";
import { OutboxEventEntity } from "./entities/outbox-event.js";
import { StuckReviewEntity } from "./entities/stuck-review.js";
import { LoginQuotaEntity } from "./entities/login-quota.js";
import { UnitCodeClaimEntity } from "./entities/unit-code-claim.js";
import { ReviewItemEntity } from "./entities/review-item.js";
import { ContentDraftEntity } from "./entities/content-draft.js";
import { ContentVersionEntity } from "./entities/content-version.js";
import { PublicationEntity } from "./entities/publication.js";
import { MonitorEntryEntity } from "./entities/monitor-entry.js";
import { MonitorEventEntity } from "./entities/monitor-event.js";
import { WordEntryEntity } from "./entities/word-entry.js";
import { ContentMarkEntity } from "./entities/content-mark.js";
import { FigureEntity } from "./entities/figure.js";
import { FigureMarkEntity } from "./entities/figure-mark.js";
import { InspectionCampaignEntity } from "./entities/inspection-campaign.js";
import { InspectionSegmentEntity } from "./entities/inspection-segment.js";
import { AnnualReportEntity } from "./entities/annual-report.js";
import { InspectionUnitEntity } from "./entities/inspection-unit.js";
import { InspectionIndicatorsEntity } from "./entities/inspection-indicators.js";

/**
 * ElectroDB binds an entity instance to the table and client of the last Service it joined; two
 * stores over two tables in one process (tests, the bench's twin table) must not share instances.
 */
const own = <E extends { schema: unknown }>(entity: E): E => new Entity(entity.schema as never) as unknown as E;

/** All entities on one table, so transactions can span them. */
export function beianService(doc: DynamoDBDocumentClient, table: string) {
  return new Service(
    {
      unit: own(UnitEntity),
      person: own(PersonEntity),
      loginLink: own(LoginLinkEntity),
      session: own(SessionEntity),
      filing: own(FilingEntity),
      audit: own(AuditRecordEntity),
      task: own(ReviewTaskEntity),
      claim: own(PlatformClaimEntity),
      account: own(AccountEntity),
      counter: own(CounterEntity),
      credentialTask: own(CredentialTaskEntity),
      sweepNotice: own(SweepNoticeEntity),
      registerEntry: own(RegisterEntryEntity),
      directoryHead: own(DirectoryHeadEntity),
      emailClaim: own(EmailClaimEntity),
      reviewChain: own(ReviewChainEntity),
      reviewLink: own(ReviewLinkEntity),
      outboxEvent: own(OutboxEventEntity),
      stuckReview: own(StuckReviewEntity),
      loginQuota: own(LoginQuotaEntity),
      unitCodeClaim: own(UnitCodeClaimEntity),
      reviewItem: own(ReviewItemEntity),
      contentDraft: own(ContentDraftEntity),
      contentVersion: own(ContentVersionEntity),
      publication: own(PublicationEntity),
      monitorEntry: own(MonitorEntryEntity),
      monitorEvent: own(MonitorEventEntity),
      wordEntry: own(WordEntryEntity),
      contentMark: own(ContentMarkEntity),
      figure: own(FigureEntity),
      figureMark: own(FigureMarkEntity),
      inspectionCampaign: own(InspectionCampaignEntity),
      inspectionSegment: own(InspectionSegmentEntity),
      annualReport: own(AnnualReportEntity),
      inspectionUnit: own(InspectionUnitEntity),
      inspectionIndicators: own(InspectionIndicatorsEntity),
    },
    { client: doc, table },
  );
}

export type BeianService = ReturnType<typeof beianService>;

/** The entities a transaction's writes are built from. */
export type TransactionEntities = Parameters<Parameters<BeianService["transaction"]["write"]>[0]>[0];
