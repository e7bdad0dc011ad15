import type { DirectoryStore } from "../directory/ports.js";
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
}
