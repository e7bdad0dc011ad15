import { authService } from "./auth/auth-service.js";
import type { AuthStore } from "./auth/ports.js";
import { contractService } from "./custody/contract-service.js";
import { custodyService } from "./custody/custody-service.js";
import type { CustodyStore } from "./custody/ports.js";
import { directoryService } from "./directory/directory-service.js";
import type { DirectorySeeding, DirectoryStore } from "./directory/ports.js";
import { accountFilingService } from "./filing/account-filing-service.js";
import { accountHistoryService } from "./filing/account-history-service.js";
import { filingReviewKind } from "./filing/filing-kind.js";
import { filingService } from "./filing/filing-service.js";
import type { FilingStore } from "./filing/ports.js";
import { accountAdminService } from "./register/account-admin-service.js";
import type { AccountStore, RegisterStore } from "./register/ports.js";
import { publicRegisterService } from "./register/public-register-service.js";
import { registerImportService } from "./register/register-import-service.js";
import { registerService } from "./register/register-service.js";
import { ReviewKinds, type ReviewKind } from "./review/kind.js";
import type { ChainStore, ReviewStore, ReviewWorkflow } from "./review/ports.js";
import type { ReviewDeps } from "./review/review-deps.js";
import { reviewService } from "./review/review-service.js";
import type { AppConfig } from "./shared/config.js";
import { effects, registerMailEffect, type OutboxStore } from "./shared/outbox.js";
import type { AuditStore, Clock, Logger, Mailer, Transactor } from "./shared/ports.js";
import { figureKeeper, reviewItemUnits } from "./reports/figure-keeper.js";
import { figureRecount } from "./reports/figure-recount.js";
import type { FigureSourceItems, FigureStore } from "./reports/ports.js";
import { productReports, type ReportsRegistry } from "./reports/reports-registry.js";
import { reportsService } from "./reports/reports-service.js";

/** Every store port, one adapter each (built together by the store package's factory). */
export interface Stores {
  directory: DirectoryStore;
  seeding: DirectorySeeding;
  auth: AuthStore;
  audit: AuditStore;
  tx: Transactor;
  outbox: OutboxStore;
  reviews: ReviewStore;
  chains: ChainStore;
  accounts: AccountStore;
  register: RegisterStore;
  custody: CustodyStore;
  filings: FilingStore;
  figures: FigureStore;
  figureItems: FigureSourceItems;
}

export interface CoreDeps {
  stores: Stores;
  mailer: Mailer;
  workflow: ReviewWorkflow;
  clock: Clock;
  config: AppConfig;
  newId: () => string;
  log: Logger;
}

/** What every capability may be handed: the stores, the outbox's effects, the review kinds and the outside world. */
export type CapabilityDeps = Stores & Omit<CoreDeps, "stores"> & Pick<ReviewDeps, "effects" | "kinds">;

export interface ServiceOptions {
  /** More review kinds beside the product's (a test plugs in a tiny one). */
  kinds?: ((deps: CapabilityDeps) => ReviewKind)[];
  /** More figure sources, reports, ranking terms, 工作台 parts or 年度统计表 columns beside the product's. */
  reports?: (registry: ReportsRegistry) => void;
}

/** The composition root shared by `npm start`, the tests and the AWS handlers that serve the whole API. */
export function createServices(core: CoreDeps, options: ServiceOptions = {}) {
  const { stores, ...world } = core;
  const fx = effects({ outbox: stores.outbox, clock: world.clock, log: world.log, newId: world.newId });
  registerMailEffect(fx, world.mailer);
  const kinds = new ReviewKinds();
  const deps: CapabilityDeps = { ...stores, ...world, effects: fx, kinds };
  kinds.register(filingReviewKind(deps));
  for (const make of options.kinds ?? []) kinds.register(make(deps));
  const reviews = reviewService(deps);
  const reportsRegistry = productReports();
  options.reports?.(reportsRegistry);
  const figureContext = reviewItemUnits(kinds);
  return {
    auth: authService(deps),
    directory: directoryService(deps),
    chains: reviews.chains,
    reviews,
    reviewerWork: reviews.work,
    reviewSweeps: reviews.sweeps,
    filings: filingService(deps),
    accountFilings: accountFilingService(deps),
    accountHistory: accountHistoryService(deps),
    accountAdmin: accountAdminService(deps),
    register: registerService(deps),
    registerImport: registerImportService(deps),
    publicRegister: publicRegisterService(deps),
    custody: custodyService(deps),
    contracts: contractService(deps),
    reports: reportsService(deps, reportsRegistry),
    figureKeeper: figureKeeper({ figures: stores.figures, sources: reportsRegistry.sources, context: figureContext, log: world.log }),
    figureRecount: figureRecount({ figures: stores.figures, items: stores.figureItems, sources: reportsRegistry.sources, context: figureContext }),
    effects: fx,
    deps,
  };
}

export type Services = ReturnType<typeof createServices>;
