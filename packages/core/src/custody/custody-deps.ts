import type { DirectoryStore } from "../directory/ports.js";
import type { AccountStore } from "../register/ports.js";
import type { AppConfig } from "../shared/config.js";
import type { Effects } from "../shared/outbox.js";
import type { Clock, Logger, Mailer, Transactor } from "../shared/ports.js";
import type { CustodyStore } from "./ports.js";

export const CUSTODY_DEFAULTS = { credentialTaskDueDays: 7 } as const;

export interface CustodyDeps {
  custody: CustodyStore;
  accounts: AccountStore;
  directory: DirectoryStore;
  tx: Transactor;
  effects: Effects;
  mailer: Mailer;
  clock: Clock;
  config: AppConfig;
  log: Logger;
  newId: () => string;
}
