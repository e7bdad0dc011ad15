import { hasRole } from "../../directory/people.js";
import type { Account } from "../../register/account.js";
import { nextAccount } from "../../register/account-chain.js";
import { SYSTEM_ACTOR } from "../../shared/actors.js";
import { StoreConflict, type TxWrite } from "../../shared/ports.js";
import { shanghaiDate } from "../../shared/time.js";
import type { ContentDeps } from "../content-deps.js";
import { afterPublication, daysSince, dueStep, nextDue, type LastUpdateSource, type MonitorEntry } from "./monitor-entry.js";
import { updateViolationMail, updateWarningMail } from "./monitor-mails.js";
import { thresholdsFor } from "./thresholds.js";

const PAGE = 100;
/** The register's newest accounts are read down to this mark (minus a day, for writes in flight). */
const ENROLL_MARK = "enrolled-up-to";

/**
 * The update monitor (更新监测): every filed account's last update, a warning at day 10 and a
 * violation at day 14 (per-platform thresholds). The daily sweep reads only the entries due today
 * (an index by due day), whatever the register's size.
 */
export function monitorService(deps: ContentDeps) {
  const { monitor, accounts, register, directory, tx, effects, clock, config, updateThresholds, log } = deps;

  const fresh = (account: Account, at: string): MonitorEntry => ({
    accountId: account.accountId,
    unitId: account.unitId,
    platform: account.platform,
    accountName: account.accountName,
    filingNumber: account.filingNumber,
    lastPublishedAt: at,
    lastSource: "enrolled",
    state: "ok",
    dueOn: nextDue({ lastPublishedAt: at } as MonitorEntry, "ok", thresholdsFor(updateThresholds, account.platform)),
    version: 1,
    updatedAt: at,
  });

  /** The write recording a publication on its account's entry (created if the account was not watched yet). */
  async function publicationWrite(account: Account, at: string, source: LastUpdateSource, title: string): Promise<TxWrite> {
    const now = clock.now().toISOString();
    const [entry] = await monitor.getEntries([account.accountId]);
    const thresholds = thresholdsFor(updateThresholds, account.platform);
    if (!entry) return monitor.writeEntry(afterPublication({ ...fresh(account, at), version: 0 }, at, source, title, thresholds, now));
    return monitor.writeEntry(afterPublication(entry, at, source, title, thresholds, now), entry.version);
  }

  async function mailsFor(step: "warn" | "violation", account: Account, entry: MonitorEntry, days: number) {
    const people = await directory.listPeopleByUnit(account.unitId);
    const operators = people.filter((p) => hasRole(p, "operator"));
    const thresholds = thresholdsFor(updateThresholds, account.platform);
    if (step === "warn") return operators.map((p) => effects.mail(updateWarningMail(p.email, p.name, account, entry, days, thresholds, config.baseUrl)));
    const unit = await directory.getUnit(account.unitId);
    const admins = (await directory.listPeople()).filter((p) => hasRole(p, "admin"));
    return [...operators, ...admins].map((p) => effects.mail(updateViolationMail(p.email, p.name, account, entry, days, unit?.name ?? account.unitId, config.baseUrl)));
  }

  /** One due entry: warn, record the violation (on the account's chain too), or move it on. */
  async function settle(entry: MonitorEntry, account: Account | undefined, now: Date): Promise<"warned" | "violated" | "skipped"> {
    const at = now.toISOString();
    const thresholds = thresholdsFor(updateThresholds, entry.platform);
    // Normally removed when its cancellation is approved (retire); this catches an account gone otherwise.
    if (!account || account.status === "cancelled") {
      await tx.commit([monitor.deleteEntry(entry.accountId, entry.version)]);
      return "skipped";
    }
    // A suspended account publishes nothing by order: look again tomorrow.
    const step = account.status === "filed" ? dueStep(entry, thresholds, now) : undefined;
    if (!step) {
      const later = account.status === "filed" ? nextDue(entry, entry.state, thresholds) : shanghaiDate(new Date(now.getTime() + 86_400_000));
      await tx.commit([monitor.writeEntry({ ...entry, dueOn: later, version: entry.version + 1, updatedAt: at }, entry.version)]);
      return "skipped";
    }
    const days = daysSince(entry.lastPublishedAt, now);
    const state = step === "warn" ? "warned" : "violated";
    const next: MonitorEntry = { ...entry, state, ...(step === "warn" ? { warnedAt: at } : { violatedAt: at }), dueOn: nextDue(entry, state, thresholds), version: entry.version + 1, updatedAt: at, accountName: account.accountName, unitId: account.unitId };
    const mails = await mailsFor(step, account, entry, days);
    const event = { accountId: entry.accountId, unitId: account.unitId, platform: entry.platform, kind: state, at, days, lastPublishedAt: entry.lastPublishedAt } as const;
    const writes: TxWrite[] = [monitor.writeEntry(next, entry.version), monitor.recordEvent(event), ...mails.map((m) => effects.record(m))];
    if (step === "violation") {
      const details = { days, lastPublishedAt: entry.lastPublishedAt, lastSource: entry.lastSource, violationDays: thresholds.violationDays };
      writes.push(...accounts.writeAccount(nextAccount(account, {}, SYSTEM_ACTOR, "update_violation", details, at)));
    }
    await tx.commit(writes);
    await effects.run(mails);
    return state;
  }

  /**
   * Brings accounts filed since the last run under the monitor (newest first down to the saved
   * mark; the whole register once, on the first run). Monitoring starts when an account is
   * enrolled: an account is never blamed for the time before the system watched it.
   */
  async function enroll(): Promise<number> {
    const at = clock.now().toISOString();
    const mark = await monitor.getMark(ENROLL_MARK);
    const stopAt = mark ? new Date(Date.parse(mark) - 86_400_000).toISOString() : "";
    let newest = mark ?? "";
    let after: string | undefined;
    let enrolled = 0;
    do {
      const page = await register.listAccounts({ status: "filed", limit: PAGE, after });
      const candidates = page.accounts.filter((a) => a.filedAt >= stopAt);
      const known = new Set((await monitor.getEntries(candidates.map((a) => a.accountId))).map((e) => e.accountId));
      for (const account of candidates) {
        if (account.filedAt > newest) newest = account.filedAt;
        if (known.has(account.accountId)) continue;
        try {
          await tx.commit([monitor.writeEntry(fresh(account, at > account.filedAt ? at : account.filedAt))]);
          enrolled++;
        } catch (error) {
          if (!(error instanceof StoreConflict)) throw error;
        }
      }
      after = candidates.length === page.accounts.length ? page.last : undefined;
    } while (after);
    if (newest && newest !== mark) await monitor.putMark(ENROLL_MARK, newest);
    if (enrolled) log.info("update monitor enrolled accounts", { enrolled });
    return enrolled;
  }

  /** Watches one account from now, unless it is watched already or not filed. */
  async function enrollOne(accountId: string): Promise<boolean> {
    const [account] = await accounts.getAccounts([accountId]);
    if (!account || account.status !== "filed") return false;
    if ((await monitor.getEntries([accountId])).length > 0) return false;
    try {
      await tx.commit([monitor.writeEntry(fresh(account, clock.now().toISOString()))]);
      return true;
    } catch (error) {
      if (error instanceof StoreConflict) return false;
      throw error;
    }
  }

  /**
   * An account left the register (its cancellation approved): it is no longer watched, so it neither
   * stays 已违规 on 更新监测 nor counts as watched. Its warnings and violations stay recorded.
   */
  async function retire(accountId: string): Promise<boolean> {
    for (let attempt = 0; ; attempt++) {
      const [entry] = await monitor.getEntries([accountId]);
      if (!entry) return false;
      try {
        await tx.commit([monitor.deleteEntry(accountId, entry.version)]);
        return true;
      } catch (error) {
        // A sweep or a publication moved the entry since it was read: read it again.
        if (!(error instanceof StoreConflict) || attempt >= 2) throw error;
      }
    }
  }

  return {
    publicationWrite,

    /**
     * The daily sweep: entries due today or earlier, a page at a time; each settled in its own
     * transaction, conditioned on the entry's version, so a concurrent publication or a second
     * sweep wins cleanly and nothing is mailed twice.
     */
    async sweep(): Promise<{ warned: number; violated: number; checked: number }> {
      const now = clock.now();
      const today = shanghaiDate(now);
      const result = { warned: 0, violated: 0, checked: 0 };
      await enroll();
      let after: string | undefined;
      do {
        const page = await monitor.listDue(today, PAGE, after);
        const found = await accounts.getAccounts(page.entries.map((e) => e.accountId));
        for (const entry of page.entries) {
          result.checked++;
          try {
            const outcome = await settle(entry, found.find((a) => a.accountId === entry.accountId), now);
            if (outcome !== "skipped") result[outcome]++;
          } catch (error) {
            if (!(error instanceof StoreConflict)) throw error;
            // Someone moved the entry (a publication, another sweep): it is no longer due as read.
          }
        }
        after = page.last;
      } while (after);
      return result;
    },

    enroll,
    enrollOne,
    retire,
  };
}

export type MonitorService = ReturnType<typeof monitorService>;
