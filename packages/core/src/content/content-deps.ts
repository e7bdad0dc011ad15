import type { DirectoryStore } from "../directory/ports.js";
import type { AccountStore, RegisterStore } from "../register/ports.js";
import type { ReviewStore } from "../review/ports.js";
import type { AppConfig } from "../shared/config.js";
import type { Effects } from "../shared/outbox.js";
import type { AuditStore, Clock, Logger, Transactor } from "../shared/ports.js";
import type { ContentStore, MonitorStore, WordStore } from "./ports.js";
import type { ThresholdTable } from "./monitor/thresholds.js";

export interface ContentDeps {
  content: ContentStore;
  words: WordStore;
  monitor: MonitorStore;
  accounts: AccountStore;
  register: RegisterStore;
  /** A draft's review tasks (its page, and closing a round an edit voids). */
  reviews: Pick<ReviewStore, "listTasks" | "getTask" | "closeTask" | "clearStuck" | "listTaskLinks" | "closeLinks">;
  directory: DirectoryStore;
  audit: AuditStore;
  tx: Transactor;
  effects: Effects;
  clock: Clock;
  config: AppConfig;
  log: Logger;
  newId: () => string;
  updateThresholds: ThresholdTable;
}
