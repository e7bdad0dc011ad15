// shared
export * from "./shared/errors.js";
export * from "./shared/error-catalogue.js";
export * from "./shared/validation.js";
export * from "./shared/time.js";
export * from "./shared/secrets.js";
export * from "./shared/audit-chain.js";
export * from "./shared/platforms.js";
export * from "./shared/ports.js";
export * from "./shared/config.js";
export * from "./shared/actors.js";
export * from "./shared/outbox.js";
export * from "./shared/mail-layout.js";
// directory
export * from "./directory/people.js";
export * from "./directory/units.js";
export * from "./directory/ports.js";
export * from "./directory/directory-input.js";
export * from "./directory/access.js";
export * from "./directory/directory-audit.js";
// auth
export * from "./auth/ports.js";
export * from "./auth/auth-service.js";
// review
export * from "./review/stages.js";
export * from "./review/chains.js";
export * from "./review/kind.js";
export * from "./review/review-task.js";
export * from "./review/review-link.js";
export * from "./review/review-rules.js";
export * from "./review/review-input.js";
export * from "./review/review-events.js";
export * from "./review/ports.js";
export * from "./review/review-deps.js";
export type { ReviewView } from "./review/decisions.js";
// register
export * from "./register/account.js";
export * from "./register/account-data.js";
export * from "./register/account-labels.js";
export * from "./register/account-data-diff.js";
export * from "./register/account-events.js";
export * from "./register/account-chain.js";
export * from "./register/filing-number.js";
export * from "./register/ports.js";
export * from "./register/register-query.js";
export * from "./register/register-table.js";
export * from "./register/register-import.js";
export type { ImportFile, ImportResult } from "./register/register-import-service.js";
export { IMPORTED_FILING_PREFIX, MAX_IMPORT_ROWS } from "./register/register-import-service.js";
export type { PublicAccount } from "./register/public-register-service.js";
// custody
export * from "./custody/credential-task.js";
export * from "./custody/custody-input.js";
export * from "./custody/contract-watch.js";
export * from "./custody/credential-tasks.js";
export * from "./custody/ports.js";
// filing
export * from "./filing/filing.js";
export * from "./filing/filing-input.js";
export * from "./filing/filing-checklists.js";
export * from "./filing/filing-state.js";
export * from "./filing/filing-kind.js";
export * from "./filing/filing-list.js";
export * from "./filing/ports.js";
export type { AccountHistoryEntry } from "./filing/account-history-service.js";
// reports
export * from "./reports/figures.js";
export * from "./reports/months.js";
export * from "./reports/wait-buckets.js";
export * from "./reports/figure-source.js";
export * from "./reports/rollups.js";
export * from "./reports/ports.js";
export * from "./reports/report-table.js";
export * from "./reports/reports-input.js";
export * from "./reports/reports-registry.js";
export * from "./reports/report-context.js";
export * from "./reports/ranking-terms.js";
export * from "./reports/annual-table.js";
export * from "./reports/dashboard-parts.js";
export type { KeepResult, FigureKeeper } from "./reports/figure-keeper.js";
export type { FigureDifference, RecountResult } from "./reports/figure-recount.js";
export type { ReportsService } from "./reports/reports-service.js";
// composition
export * from "./services.js";
