import type { DirectoryStore } from "../directory/ports.js";
import type { AccountStore, RegisterStore } from "../register/ports.js";
import type { ReviewStore } from "../review/ports.js";
import type { AppConfig } from "../shared/config.js";
import type { Effects } from "../shared/outbox.js";
import type { AuditStore, Clock, Transactor } from "../shared/ports.js";
import type { FilingStore } from "./ports.js";

export interface FilingDeps {
  filings: FilingStore;
  accounts: AccountStore;
  register: RegisterStore;
  /** A filing's review tasks, for its page. */
  reviews: Pick<ReviewStore, "listTasks">;
  directory: DirectoryStore;
  audit: AuditStore;
  tx: Transactor;
  effects: Effects;
  clock: Clock;
  config: AppConfig;
  newId: () => string;
}
