import type { DirectoryStore } from "../directory/ports.js";
import type { AppConfig } from "../shared/config.js";
import type { Effects } from "../shared/outbox.js";
import type { AuditStore, Clock, Logger, Mailer, Transactor } from "../shared/ports.js";
import type { ReviewKinds } from "./kind.js";
import type { ChainStore, ReviewStore, ReviewWorkflow } from "./ports.js";

/** What the review needs; every part is required. */
export interface ReviewDeps {
  reviews: ReviewStore;
  chains: ChainStore;
  directory: DirectoryStore;
  audit: AuditStore;
  tx: Transactor;
  kinds: ReviewKinds;
  effects: Effects;
  workflow: ReviewWorkflow;
  mailer: Mailer;
  clock: Clock;
  config: AppConfig;
  log: Logger;
  newId: () => string;
}
