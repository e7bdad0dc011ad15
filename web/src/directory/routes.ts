import "./directory.css";
import type { NavLink, Route } from "../shell/route.js";
import { DirectoryView } from "./directory-view.js";

export const directoryRoutes: Route[] = [{ pattern: "/directory", title: "组织机构", roles: ["admin"], view: DirectoryView }];

export const directoryNav: NavLink[] = [
  { hash: "#/directory", label: () => "组织机构", roles: ["admin"], testId: "nav-directory", order: 50, current: (path) => path === "/directory" },
];
