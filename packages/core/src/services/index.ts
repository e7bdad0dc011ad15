import type { Deps } from "../ports.js";
import { accountAdminService } from "./account-admin-service.js";
import { accountFilingService } from "./account-filing-service.js";
import { authService } from "./auth-service.js";
import { filingService } from "./filing-service.js";
import { reviewService } from "./review-service.js";

export function createServices(deps: Deps) {
  return {
    auth: authService(deps),
    filings: filingService(deps),
    accountFilings: accountFilingService(deps),
    accountAdmin: accountAdminService(deps),
    reviews: reviewService(deps),
    deps,
  };
}

export type Services = ReturnType<typeof createServices>;
export { SYSTEM_ACTOR } from "./audit-append.js";
