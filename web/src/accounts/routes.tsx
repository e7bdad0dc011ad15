/** @jsxImportSource hono/jsx/dom */
import "./accounts.css";
import type { FilingExtensions } from "../filings/routes.js";
import type { Route } from "../shell/route.js";
import { AccountPanel } from "./account-card.js";
import { AccountPageView } from "./account-page.js";
import { CancelForm } from "./cancel-form.js";
import { ChangeForm } from "./change-form.js";
import { CancelAccountView, ChangeAccountView } from "./lifecycle-views.js";

export const accountRoutes: Route[] = [
  { pattern: "/accounts/:id", title: "账号档案", roles: ["admin", "operator"], view: AccountPageView },
  { pattern: "/accounts/:id/change", title: "变更备案", roles: ["operator"], view: ChangeAccountView },
  { pattern: "/accounts/:id/cancel", title: "注销备案", roles: ["operator"], view: CancelAccountView },
];

/** The account card on a filing's page, and the resubmit forms of returned 变更 and 注销 filings. */
export const accountFilingExtensions: FilingExtensions = {
  AccountPanel,
  resubmitForms: {
    change: ({ filing, navigate }) => <ChangeForm filing={filing} navigate={navigate} />,
    cancel: ({ filing, navigate }) => <CancelForm filing={filing} navigate={navigate} />,
  },
};
