import type { Deps } from "../ports.js";
import { authService } from "./auth-service.js";
import { filingService } from "./filing-service.js";
import { reviewService } from "./review-service.js";

export function createServices(deps: Deps) {
  return { auth: authService(deps), filings: filingService(deps), reviews: reviewService(deps), deps };
}

export type Services = ReturnType<typeof createServices>;
export { SYSTEM_ACTOR } from "./audit-append.js";
