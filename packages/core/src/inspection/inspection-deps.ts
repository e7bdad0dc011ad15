import type { ThresholdTable } from "../content/monitor/thresholds.js";
import type { ContentStore, MonitorStore } from "../content/ports.js";
import type { CustodyStore } from "../custody/ports.js";
import type { DirectoryStore } from "../directory/ports.js";
import type { AccountStore, RegisterStore } from "../register/ports.js";
import type { ReviewStore } from "../review/ports.js";
import type { AppConfig } from "../shared/config.js";
import type { Effects } from "../shared/outbox.js";
import type { AuditStore, Clock, Logger, Transactor } from "../shared/ports.js";
import type { InspectionSchedule } from "./inspection-schedule.js";
import type { InspectionStore, InspectionWorkflow } from "./ports.js";

export interface InspectionDeps {
  inspection: InspectionStore;
  accounts: AccountStore;
  register: RegisterStore;
  content: ContentStore;
  monitor: MonitorStore;
  custody: CustodyStore;
  /** A report's tasks (its page), and the tasks of the account's filings and drafts (its figures). */
  reviews: Pick<ReviewStore, "listTasks">;
  directory: DirectoryStore;
  audit: AuditStore;
  tx: Transactor;
  effects: Effects;
  clock: Clock;
  config: AppConfig;
  log: Logger;
  /** Absent where nothing starts the inspection (the review's task Lambdas). */
  inspectionWorkflow?: InspectionWorkflow;
  schedule: InspectionSchedule;
  updateThresholds: ThresholdTable;
}
