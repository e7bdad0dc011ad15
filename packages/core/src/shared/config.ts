export interface AppConfig {
  /** Public base URL of the web page and API, used in emailed links. */
  baseUrl: string;
  approvalLinkTtlHours: number;
  loginLinkTtlMinutes: number;
  sessionTtlHours: number;
  /**
   * Server-side secret from which approval link ids are derived (HMAC of the assignment), so a
   * re-sent review mail carries the same link as the first. Never stored in the table.
   */
  linkSecret: string;
  /** Remind a reviewer after a decision has been pending this long, and again every such interval (default 48). */
  reminderAfterHours?: number;
  /** Escalate a pending decision to the admins once it is this old (default 120, below the 14-day stage timeout). */
  escalateAfterHours?: number;
  /** Days a "rotate password / unbind devices" task may stay open after an administrator change (default 7). */
  credentialTaskDueDays?: number;
}
