import { addDays } from "../custody/contract-watch.js";
import type { Account } from "../register/account.js";
import { nextAccount } from "../register/account-chain.js";
import type { AuditActor } from "../shared/actors.js";
import type { OutboxEvent } from "../shared/outbox.js";
import type { TxWrite } from "../shared/ports.js";
import { shanghaiDate } from "../shared/time.js";
import { SUSPEND_REASON_LABELS, type AnnualReport, type SuspendReason } from "./annual-report.js";
import { INSPECTION_RESULT_LABELS, type InspectionResult } from "./indicators.js";
import type { InspectionDeps } from "./inspection-deps.js";
import { cancelledMail, restoredMail, suspendedMail } from "./inspection-mails.js";
import { unitRecipients } from "./recipients.js";

/** What an inspection outcome does: the report's new fields, the account's writes (its chain too) and the mails. */
export interface Sanction {
  patch: Partial<AnnualReport>;
  writes: TxWrite[];
  events: OutboxEvent[];
}

const none = (patch: Partial<AnnualReport>): Sanction => ({ patch, writes: [], events: [] });

/**
 * The account side of an inspection: 停用 when a report fails or is missing, 恢复 when a
 * rectification passes, 注销 when the grace period ends without one, and a record on the
 * account's chain each time. Every write is conditioned on the account as read.
 */
export function sanctions(deps: Pick<InspectionDeps, "accounts" | "directory" | "effects" | "config">) {
  const { accounts, directory, effects, config } = deps;

  async function mailUnit(unitId: string, mail: (to: string, name: string) => ReturnType<typeof suspendedMail>): Promise<OutboxEvent[]> {
    return (await unitRecipients(directory, unitId)).map((r) => effects.mail(mail(r.email, r.name)));
  }

  return {
    /** Suspends the account (or records the failure on an account already suspended); the grace period starts today. */
    async suspend(report: AnnualReport, account: Account | undefined, reason: SuspendReason, context: { at: string; actor: AuditActor; graceDays: number; comment?: string; mail: boolean }): Promise<Sanction> {
      if (!account || account.status === "cancelled") return none({ outcome: "closed", closedAt: context.at, graceCheckOn: undefined });
      const graceUntil = addDays(shanghaiDate(new Date(context.at)), context.graceDays);
      const text = `${report.year} 年度检查：${SUSPEND_REASON_LABELS[reason]}`;
      const details = { inspectionYear: report.year, cause: reason, reason: text, graceUntil };
      const change =
        account.status === "filed"
          ? nextAccount(account, { status: "suspended", statusReason: text }, context.actor, "account_suspended", details, context.at)
          : nextAccount(account, {}, context.actor, "annual_inspection_failed", details, context.at);
      const events = context.mail ? await mailUnit(account.unitId, (to, name) => suspendedMail(to, name, account, report.year, reason, graceUntil, config.baseUrl, context.comment)) : [];
      return {
        patch: { outcome: "suspended", suspendReason: reason, suspendedAt: context.at, suspendedAccount: account.status === "filed", graceUntil, graceCheckOn: addDays(graceUntil, 1) },
        writes: accounts.writeAccount(change),
        events,
      };
    },

    /** The grace period ended without an approved rectification: 注销 (on the public 注销公告 through the register's index). */
    async cancel(report: AnnualReport, account: Account | undefined, at: string, actor: AuditActor): Promise<Sanction> {
      if (!account || account.status === "cancelled") return none({ outcome: "closed", closedAt: at, graceCheckOn: undefined });
      // Restored by the registry office meanwhile: its decision stands.
      if (account.status === "filed") return none({ outcome: "restored", graceCheckOn: undefined });
      const reason = `${report.year} 年度检查未通过，整改期满未获通过，予以注销`;
      const change = nextAccount(account, { status: "cancelled", cancelledAt: at, statusReason: reason }, actor, "account_cancelled", { inspectionYear: report.year, reason, graceUntil: report.graceUntil }, at);
      const events = await mailUnit(account.unitId, (to, name) => cancelledMail(to, name, account, report.year, report.graceUntil ?? "", config.baseUrl));
      return { patch: { outcome: "cancelled", closedAt: at, graceCheckOn: undefined }, writes: accounts.writeAccount(change), events };
    },

    /** A passing report: inspected for the year, or, after a suspension the inspection made, restored. */
    async pass(report: AnnualReport, account: Account | undefined, result: InspectionResult, score: number, at: string, actor: AuditActor): Promise<Sanction> {
      if (!account || account.status === "cancelled") return none({ outcome: "closed", closedAt: at, graceCheckOn: undefined });
      const details = { inspectionYear: report.year, result, resultLabel: INSPECTION_RESULT_LABELS[result], score };
      if (report.outcome === "suspended" && report.suspendedAccount && account.status === "suspended") {
        const reason = `${report.year} 年度检查整改通过（${INSPECTION_RESULT_LABELS[result]}）`;
        const change = nextAccount(account, { status: "filed", statusReason: undefined }, actor, "account_restored", { ...details, reason }, at);
        const events = await mailUnit(account.unitId, (to, name) => restoredMail(to, name, account, report.year, config.baseUrl));
        return { patch: { outcome: "restored", graceCheckOn: undefined }, writes: accounts.writeAccount(change), events };
      }
      const change = nextAccount(account, {}, actor, "annual_inspection_passed", details, at);
      return { patch: { outcome: report.outcome === "suspended" ? "restored" : "inspected", graceCheckOn: undefined }, writes: accounts.writeAccount(change), events: [] };
    },
  };
}

export type Sanctions = ReturnType<typeof sanctions>;
