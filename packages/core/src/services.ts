import { authService } from "./auth/auth-service.js";
import type { AuthStore } from "./auth/ports.js";
import { registerContentEffects } from "./content/content-effects.js";
import { contentReviewKind } from "./content/content-kind.js";
import { contentService } from "./content/content-service.js";
import { DEFAULT_THRESHOLD_TABLE, type ThresholdTable } from "./content/monitor/thresholds.js";
import type { ContentStore, MonitorStore, WordStore } from "./content/ports.js";
import { contractService } from "./custody/contract-service.js";
import { registerCustodyEffects } from "./custody/custody-effects.js";
import { custodyService } from "./custody/custody-service.js";
import type { CustodyStore } from "./custody/ports.js";
import { directoryService } from "./directory/directory-service.js";
import type { DirectorySeeding, DirectoryStore } from "./directory/ports.js";
import { accountFilingService } from "./filing/account-filing-service.js";
import { accountHistoryService } from "./filing/account-history-service.js";
import { filingReviewKind } from "./filing/filing-kind.js";
import { filingService } from "./filing/filing-service.js";
import type { FilingStore } from "./filing/ports.js";
import type { InspectionDeps } from "./inspection/inspection-deps.js";
import { registerInspectionEffects } from "./inspection/inspection-events.js";
import { DEFAULT_INSPECTION_SCHEDULE, type InspectionSchedule } from "./inspection/inspection-schedule.js";
import { inspectionService } from "./inspection/inspection-service.js";
import { openingSteps, type OpeningOptions } from "./inspection/opening.js";
import { inspectionSweep } from "./inspection/inspection-sweep.js";
import type { InspectionStore, InspectionWorkflow } from "./inspection/ports.js";
import { annualReportKind } from "./inspection/report-kind.js";
import { sanctions } from "./inspection/sanctions.js";
import { accountAdminService } from "./register/account-admin-service.js";
import type { AccountStore, RegisterStore } from "./register/ports.js";
import { publicRegisterService } from "./register/public-register-service.js";
import { registerImportService } from "./register/register-import-service.js";
import { registerService } from "./register/register-service.js";
import { ReviewKinds, type ReviewKind } from "./review/kind.js";
import type { ChainStore, ReviewItemStore, ReviewStore, ReviewWorkflow } from "./review/ports.js";
import type { ReviewDeps } from "./review/review-deps.js";
import { reviewService } from "./review/review-service.js";
import { reviewTasks } from "./review/review-tasks.js";
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
  reviewItems: ReviewItemStore;
  chains: ChainStore;
  accounts: AccountStore;
  register: RegisterStore;
  custody: CustodyStore;
  filings: FilingStore;
  content: ContentStore;
  words: WordStore;
  monitor: MonitorStore;
  figures: FigureStore;
  figureItems: FigureSourceItems;
  inspection: InspectionStore;
}

export interface CoreDeps {
  stores: Stores;
  mailer: Mailer;
  workflow: ReviewWorkflow;
  /** The inspection's state machine; absent where nothing starts one (the review's task Lambdas). */
  inspectionWorkflow?: InspectionWorkflow;
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
  /** Update-monitor thresholds per platform (default: warn at day 10, violation at day 14). */
  updateThresholds?: ThresholdTable;
  /** More figure sources, reports, ranking terms, 工作台 parts or 年度统计表 columns beside the product's. */
  reports?: (registry: ReportsRegistry) => void;
  /** When the yearly inspection opens, the default deadline, reminders and grace period. */
  inspectionSchedule?: InspectionSchedule;
  /** Page size and step budget of the inspection's opening (tests and the bench change them). */
  opening?: OpeningOptions;
}

/** The inspection's view of the capabilities, with its schedule and the monitor's thresholds. */
function inspectionDeps(deps: CapabilityDeps, options: ServiceOptions): InspectionDeps {
  return { ...deps, schedule: options.inspectionSchedule ?? DEFAULT_INSPECTION_SCHEDULE, updateThresholds: options.updateThresholds ?? DEFAULT_THRESHOLD_TABLE };
}

/**
 * What every capability is built from: the stores and the outside world, the outbox's effects (mail
 * already handled) and every review kind. A Lambda that needs one capability builds this and that
 * capability only; `createServices` builds them all.
 */
export function createCapabilityDeps(core: CoreDeps, options: ServiceOptions = {}): CapabilityDeps {
  const { stores, ...world } = core;
  const fx = effects({ outbox: stores.outbox, clock: world.clock, log: world.log, newId: world.newId });
  registerMailEffect(fx, world.mailer);
  const kinds = new ReviewKinds();
  const deps: CapabilityDeps = { ...stores, ...world, effects: fx, kinds };
  kinds.register(filingReviewKind(deps));
  kinds.register(contentReviewKind(deps));
  kinds.register(annualReportKind(inspectionDeps(deps, options)));
  for (const make of options.kinds ?? []) kinds.register(make(deps));
  return deps;
}

const thresholdsOf = (options: ServiceOptions) => options.updateThresholds ?? DEFAULT_THRESHOLD_TABLE;

/** Every capability's outbox handlers (the effects a committed write may leave to be carried out). */
function registerEffects(deps: CapabilityDeps, options: ServiceOptions) {
  registerCustodyEffects(deps);
  registerContentEffects({ ...deps, updateThresholds: thresholdsOf(options) });
  registerInspectionEffects(deps);
}

/**
 * What the outbox sweep needs: every handler and the review's workflow-facing side, but no pages and
 * no input parsing. Carries out anything any capability recorded.
 */
export function createEffectRunner(core: CoreDeps, options: ServiceOptions = {}) {
  const deps = createCapabilityDeps(core, options);
  registerEffects(deps, options);
  return { ...reviewTasks(deps), effects: deps.effects, deps };
}

function reportsRegistryOf(options: ServiceOptions): ReportsRegistry {
  const registry = productReports();
  options.reports?.(registry);
  return registry;
}

function figureKeeping(deps: CapabilityDeps, registry: ReportsRegistry) {
  const context = reviewItemUnits(deps.kinds);
  return {
    keeper: figureKeeper({ figures: deps.figures, sources: registry.sources, context, log: deps.log }),
    recount: figureRecount({ figures: deps.figures, items: deps.figureItems, sources: registry.sources, context }),
  };
}

/** What the table's stream consumer needs: the figures kept from each change, nothing else. */
export function createFigureKeeping(core: CoreDeps, options: ServiceOptions = {}) {
  const deps = createCapabilityDeps(core, options);
  return { ...figureKeeping(deps, reportsRegistryOf(options)), deps };
}

/**
 * What the inspection's Lambdas need: the opening steps the state machine calls and the daily
 * sweep, without pages, input parsing or the other capabilities' services.
 */
export function createInspectionRunner(core: CoreDeps, options: ServiceOptions = {}) {
  const deps = inspectionDeps(createCapabilityDeps(core, options), options);
  return { opening: openingSteps(deps, options.opening), sweep: inspectionSweep(deps, sanctions(deps)), deps };
}

/** The composition root shared by `npm start`, the tests and the AWS handlers that serve the whole API. */
export function createServices(core: CoreDeps, options: ServiceOptions = {}) {
  const deps = createCapabilityDeps(core, options);
  const fx = deps.effects;
  registerEffects(deps, options);
  const reviews = reviewService(deps);
  const reportsRegistry = reportsRegistryOf(options);
  const figures = figureKeeping(deps, reportsRegistry);
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
    content: contentService({ ...deps, updateThresholds: thresholdsOf(options) }),
    reports: reportsService(deps, reportsRegistry),
    figureKeeper: figures.keeper,
    figureRecount: figures.recount,
    inspection: inspectionService(inspectionDeps(deps, options), options.opening),
    effects: fx,
    deps,
  };
}

export type Services = ReturnType<typeof createServices>;
