import "./verify.css";
import type { Route } from "../shell/route.js";
import { VerifyView } from "./verify-view.js";

/** #/verify needs no log-in: the public checks accounts there. */
export const verifyRoutes: Route[] = [{ pattern: "/verify", title: "政务新媒体账号核验", public: true, view: VerifyView }];
