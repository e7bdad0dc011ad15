import "./directory.css";
import type { ViewContext } from "./context.js";
import { h } from "./dom.js";
import type { Person } from "./types.js";
import { renderDirectoryAdmin } from "./views/directory-admin.js";
import { renderMyReviews } from "./views/my-reviews.js";
import { renderReviewChains } from "./views/review-chains.js";

/** #/directory[?unit=…], #/review-chains (admins) and #/my-reviews (reviewers); true when the path was one of them. */
export function routeDirectory(path: string, main: HTMLElement, ctx: ViewContext): boolean {
  const [route, query = ""] = path.split("?");
  if (route === "/directory") {
    void renderDirectoryAdmin(main, ctx, new URLSearchParams(query).get("unit") ?? undefined);
    return true;
  }
  if (route === "/review-chains") {
    void renderReviewChains(main, ctx);
    return true;
  }
  if (route === "/my-reviews") {
    void renderMyReviews(main, ctx);
    return true;
  }
  return false;
}

const link = (hash: string, label: string, testId: string) => h("a", { href: hash, "aria-current": location.hash.startsWith(hash) ? "page" : undefined, "data-testid": testId }, label);

/** 组织机构 and 审核流程配置 for admins, 待我审核 for reviewers. */
export function directoryNavLinks(person: Person): HTMLElement[] {
  const links: HTMLElement[] = [];
  if (person.roles.includes("reviewer")) links.push(link("#/my-reviews", "待我审核", "nav-my-reviews"));
  if (person.roles.includes("admin")) links.push(link("#/directory", "组织机构", "nav-directory"), link("#/review-chains", "审核流程配置", "nav-review-chains"));
  return links;
}
