import type { NavLink, Route } from "../shell/route.js";
import { RegisterImportView } from "./register-import.js";
import { RegisterListView } from "./register-list.js";

export const registerRoutes: Route[] = [
  { pattern: "/register", title: "备案登记", roles: ["admin", "operator"], view: RegisterListView },
  { pattern: "/register/import", title: "批量导入", roles: ["admin"], view: RegisterImportView },
];

/** 备案登记 in the main navigation, for admins and unit operators; the account pages belong to it. */
export const registerNav: NavLink[] = [
  {
    hash: "#/register",
    label: () => "备案登记",
    roles: ["admin", "operator"],
    testId: "nav-register",
    order: 30,
    current: (path) => path.startsWith("/register") || (path.startsWith("/accounts/") && !path.endsWith("/custody")),
  },
];
