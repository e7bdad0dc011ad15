/** A secret given as is (locally, in tests) or read on first use from a secret store (in AWS). */
export type SecretSource = string | (() => Promise<string>);

/** The secret's value, read once per process. */
export function secretReader(source: SecretSource): () => Promise<string> {
  if (typeof source === "string") return async () => source;
  let value: Promise<string> | undefined;
  return () => {
    value ??= source().catch((error) => {
      value = undefined;
      throw error;
    });
    return value;
  };
}

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
  linkSecret: SecretSource;
  /** Remind a reviewer after a decision has been pending this long, and again every such interval (default 48). */
  reminderAfterHours?: number;
  /** Escalate a pending decision to the admins once it is this old (default 120, below the 14-day stage timeout). */
  escalateAfterHours?: number;
  /** Log-in links one address may be sent per 10-minute window (default 5). */
  loginLinksPerWindow?: number;
  /** Days a "rotate password / unbind devices" task may stay open after an administrator change (default 7). */
  credentialTaskDueDays?: number;
}
