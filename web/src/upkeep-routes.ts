import "./upkeep.css";
import type { ViewContext } from "./context.js";
import { h } from "./dom.js";
import type { Person } from "./types.js";
import { renderCustodyPanel } from "./views/custody-panel.js";
import { renderUpkeepLists } from "./views/upkeep-lists.js";

/** #/credential-tasks[?overdue=1] and #/accounts/:id/custody; true when the path was one of them. */
export function routeUpkeep(path: string, main: HTMLElement, ctx: ViewContext): boolean {
  const [route, query = ""] = path.split("?");
  if (route === "/credential-tasks") {
    void renderUpkeepLists(main, ctx, new URLSearchParams(query).get("overdue") === "1");
    return true;
  }
  const custody = /^\/accounts\/([^/]+)\/custody$/.exec(route);
  if (custody) {
    void renderCustodyPanel(main, decodeURIComponent(custody[1]), ctx);
    return true;
  }
  return false;
}

/** 账号安全 in the main navigation, for the people who act on it (admins, unit operators). */
export function upkeepNavLink(person: Person): HTMLElement | null {
  if (!person.roles.includes("admin") && !person.roles.includes("operator")) return null;
  return h("a", { href: "#/credential-tasks", "aria-current": location.hash.startsWith("#/credential-tasks") ? "page" : undefined, "data-testid": "nav-credential-tasks" }, "账号安全");
}
