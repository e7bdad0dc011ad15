import type { DirectoryStore } from "../directory/ports.js";
import type { Effects } from "../shared/outbox.js";
import type { AuditStore, Clock, Transactor } from "../shared/ports.js";
import type { AccountStore, RegisterStore } from "./ports.js";

export interface RegisterDeps {
  accounts: AccountStore;
  register: RegisterStore;
  directory: DirectoryStore;
  audit: AuditStore;
  tx: Transactor;
  clock: Clock;
  newId: () => string;
  /** Records what follows a register write (an account entering it) in the write's transaction. */
  effects: Effects;
}
