/**
 * One warning or violation the daily sweep recorded: written in the sweep's own transaction, so
 * each is a fact that can be counted per month (the monitor entry itself holds only its latest state).
 */
export interface MonitorEvent {
  accountId: string;
  /** The account's unit and platform when it happened. */
  unitId: string;
  platform: string;
  kind: "warned" | "violated";
  at: string;
  /** Days without an update at that moment. */
  days: number;
  lastPublishedAt: string;
}
