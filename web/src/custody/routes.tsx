/** @jsxImportSource hono/jsx/dom */
import "./custody.css";
import type { NavLink, Route, ViewProps } from "../shell/route.js";
import { PageTitle } from "../ui/page-title.js";
import { CredentialTasksView } from "./credential-tasks-view.js";
import { accountPage } from "./api.js";
import { CustodyPanel } from "./custody-panel.js";

/** #/accounts/:id/custody: the custody panel on its own. */
const CustodyView = ({ params, person }: ViewProps) => (
  <>
    <div class="page-head">
      <PageTitle>账号保管与安全</PageTitle>
      <a href={accountPage(params.id)}>返回账号档案</a>
    </div>
    <CustodyPanel accountId={params.id} person={person} />
  </>
);

export const custodyRoutes: Route[] = [
  { pattern: "/credential-tasks", title: "账号安全", roles: ["admin", "operator"], view: CredentialTasksView },
  { pattern: "/accounts/:id/custody", title: "账号保管与安全", roles: ["admin", "operator"], view: CustodyView },
];

/** 账号安全 in the main navigation, for the people who act on it (admins, unit operators). */
export const custodyNav: NavLink[] = [
  { hash: "#/credential-tasks", label: () => "账号安全", roles: ["admin", "operator"], testId: "nav-credential-tasks", order: 20, current: (path) => path === "/credential-tasks" },
];
