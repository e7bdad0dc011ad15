import type { Deps } from "../ports.js";
import { accountAdminService } from "./account-admin-service.js";
import { accountFilingService } from "./account-filing-service.js";
import { authService } from "./auth-service.js";
import { filingService } from "./filing-service.js";
import { reviewService } from "./review-service.js";
import { chainService } from "./chain-service.js";
import { directoryService } from "./directory-service.js";
import { reviewerWorkService } from "./reviewer-work-service.js";
import { publicRegisterService } from "./public-register-service.js";
import { registerImportService } from "./register-import-service.js";
import { registerService } from "./register-service.js";
import { contractService } from "./contract-service.js";
import { custodyService } from "./custody-service.js";
import { reviewSweeps } from "./review-sweeps.js";

export function createServices(deps: Deps) {
  return {
    auth: authService(deps),
    filings: filingService(deps),
    accountFilings: accountFilingService(deps),
    accountAdmin: accountAdminService(deps),
    reviews: reviewService(deps),
    directory: directoryService(deps),
    chains: chainService(deps),
    reviewerWork: reviewerWorkService(deps),
    reviewSweeps: reviewSweeps(deps),
    custody: custodyService(deps),
    contracts: contractService(deps),
    register: registerService(deps),
    registerImport: registerImportService(deps),
    publicRegister: publicRegisterService(deps),
    deps,
  };
}

export type Services = ReturnType<typeof createServices>;
export { SYSTEM_ACTOR } from "./audit-append.js";
export { openCredentialTasksForAdminChange, administratorChange } from "./credential-tasks.js";
export { UPKEEP_DEFAULTS } from "./upkeep-deps.js";
export type { ImportFile, ImportResult } from "./register-import-service.js";
export type { AccountHistoryEntry } from "./register-service.js";
export type { PublicAccount } from "./public-register-service.js";
