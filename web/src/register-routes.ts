import "./register.css";
import type { ViewContext } from "./context.js";
import { h } from "./dom.js";
import type { Person } from "./types.js";
import { renderAccountPage } from "./views/account-page.js";
import { renderPublicVerify } from "./views/public-verify.js";
import { renderRegisterImport } from "./views/register-import.js";
import { renderRegisterList } from "./views/register-list.js";

/** #/verify needs no login: the public checks accounts there. */
export const isPublicPath = (path: string) => path === "/verify";

export function routePublic(path: string, main: HTMLElement, isCurrent: () => boolean): boolean {
  if (!isPublicPath(path)) return false;
  renderPublicVerify(main, isCurrent);
  return true;
}

/** #/register, #/register/import, #/accounts/:id; true when the path was one of them. */
export function routeRegister(path: string, main: HTMLElement, ctx: ViewContext): boolean {
  if (path === "/register") void renderRegisterList(main, ctx);
  else if (path === "/register/import") renderRegisterImport(main, ctx);
  else {
    const account = /^\/accounts\/([^/]+)$/.exec(path);
    if (!account) return false;
    void renderAccountPage(main, ctx, decodeURIComponent(account[1]));
  }
  return true;
}

/** 备案登记 in the main navigation, for admins and unit operators. */
export function registerNavLink(person: Person): HTMLElement | null {
  if (!person.roles.includes("admin") && !person.roles.includes("operator")) return null;
  return h("a", { href: "#/register", "aria-current": location.hash.startsWith("#/register") || location.hash.startsWith("#/accounts/") ? "page" : undefined, "data-testid": "nav-register" }, "备案登记");
}
