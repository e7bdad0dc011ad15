import { accountFilingExtensions, accountRoutes } from "../accounts/routes.js";
import { contentNav, contentRoutes } from "../content/routes.js";
import { custodyNav, custodyRoutes } from "../custody/routes.js";
import { dashboardNav, dashboardRoutes } from "../dashboard/routes.js";
import { directoryNav, directoryRoutes } from "../directory/routes.js";
import { filingNav, filingRoutes } from "../filings/routes.js";
import { inspectionNav, inspectionRoutes } from "../inspection/routes.js";
import { registerNav, registerRoutes } from "../register/routes.js";
import { reviewNav, reviewRoutes } from "../reviews/routes.js";
import { verifyRoutes } from "../verify/routes.js";
import type { NavLink, Route } from "./route.js";

/** Every view of the page; the first pattern that matches the whole path wins. */
export const ROUTES: Route[] = [...filingRoutes(accountFilingExtensions), ...accountRoutes, ...custodyRoutes, ...registerRoutes, ...directoryRoutes, ...reviewRoutes, ...contentRoutes, ...inspectionRoutes, ...verifyRoutes, ...dashboardRoutes];

export const NAV: NavLink[] = [...dashboardNav, ...filingNav, ...contentNav, ...inspectionNav, ...custodyNav, ...registerNav, ...reviewNav, ...directoryNav];
