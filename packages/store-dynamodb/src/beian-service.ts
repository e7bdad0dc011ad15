import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { Service } from "electrodb";
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
import { FigureEntity } from "./entities/figure.js";
import { FigureMarkEntity } from "./entities/figure-mark.js";

/** All entities on one table, so transactions can span them. */
export function beianService(doc: DynamoDBDocumentClient, table: string) {
  return new Service(
    {
      unit: UnitEntity,
      person: PersonEntity,
      loginLink: LoginLinkEntity,
      session: SessionEntity,
      filing: FilingEntity,
      audit: AuditRecordEntity,
      task: ReviewTaskEntity,
      claim: PlatformClaimEntity,
      account: AccountEntity,
      counter: CounterEntity,
      credentialTask: CredentialTaskEntity,
      sweepNotice: SweepNoticeEntity,
      registerEntry: RegisterEntryEntity,
      directoryHead: DirectoryHeadEntity,
      emailClaim: EmailClaimEntity,
      reviewChain: ReviewChainEntity,
      reviewLink: ReviewLinkEntity,
      outboxEvent: OutboxEventEntity,
      stuckReview: StuckReviewEntity,
      loginQuota: LoginQuotaEntity,
      unitCodeClaim: UnitCodeClaimEntity,
      figure: FigureEntity,
      figureMark: FigureMarkEntity,
    },
    { client: doc, table },
  );
}

export type BeianService = ReturnType<typeof beianService>;

/** The entities a transaction's writes are built from. */
export type TransactionEntities = Parameters<Parameters<BeianService["transaction"]["write"]>[0]>[0];
