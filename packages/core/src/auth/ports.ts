export interface SessionRecord {
  personId: string;
  issuedAt: string;
}

export interface AuthStore {
  putLoginLink(hash: string, personId: string, expiresAt: string): Promise<void>;
  /** Marks the link used; returns its person only if it was unused and unexpired. */
  consumeLoginLink(hash: string, now: string): Promise<string | undefined>;
  putSession(hash: string, personId: string, issuedAt: string, expiresAt: string): Promise<void>;
  getSession(hash: string, now: string): Promise<SessionRecord | undefined>;
  deleteSession(hash: string): Promise<void>;
  /**
   * Counts one more log-in link for an address in a time window, up to `max`; false once the
   * window is full. Kept in the table, so every process (every Lambda) shares the count.
   */
  takeLoginQuota(addressHash: string, window: string, max: number, expiresAt: string): Promise<boolean>;
}
