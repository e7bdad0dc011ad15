import "./styles.css";
import { api, ApiError, whenUnauthenticated } from "./api.js";
import { routes, type ViewContext } from "./context.js";
import { h, mount, notice } from "./dom.js";
import { useMeta } from "./format.js";
import type { Person } from "./types.js";
import { renderFilingDetail } from "./views/filing-detail.js";
import { renderFilingForm } from "./views/filing-form.js";
import { renderFilingList } from "./views/filing-list.js";
import { renderLogin } from "./views/login.js";
import { routeAccountLifecycle } from "./account-routes.js";
import { routeUpkeep, upkeepNavLink } from "./upkeep-routes.js";
import { registerNavLink, routePublic, routeRegister } from "./register-routes.js";
import { directoryNavLinks, routeDirectory } from "./directory-routes.js";

const SYSTEM_NAME = "政务新媒体备案管理系统";
const app = document.getElementById("app")!;
let person: Person | undefined;
let renderCount = 0;

function header(): HTMLElement {
  const user = person
    ? h(
        "div",
        { class: "user" },
        h("span", { class: "user-name", "data-testid": "person-name" }, person.name),
        h("span", { class: "user-unit", "data-testid": "person-unit" }, person.unit.name),
        h("button", { type: "button", class: "btn btn-ghost", "data-testid": "logout" }, "退出"),
      )
    : null;
  user?.querySelector("button")?.addEventListener("click", logout);
  const filingsLink = person && seesFilings(person) ? h("a", { href: routes.list(), "aria-current": isListRoute() ? "page" : undefined }, person.roles.includes("admin") ? "备案管理" : "我的备案") : null;
  const nav = person ? h("nav", { "aria-label": "主导航" }, filingsLink, upkeepNavLink(person), registerNavLink(person), ...directoryNavLinks(person)) : null;
  return h(
    "header",
    { class: "site-header" },
    h("div", { class: "site-header-inner" }, h("a", { class: "brand", href: routes.list() }, h("span", { class: "brand-mark", "aria-hidden": "true" }, "备"), SYSTEM_NAME), nav, user),
  );
}

/** Filings are for units' operators and the registry office; a reviewer's home is 待我审核. */
const seesFilings = (p: Person) => p.roles.includes("admin") || p.roles.includes("operator");

const isListRoute = () => location.hash === "" || location.hash === "#" || location.hash === routes.list();

function shell(): HTMLElement {
  const main = h("main", { id: "main", class: "site-main" });
  mount(app, header(), main, h("footer", { class: "site-footer" }, `${SYSTEM_NAME} · 谁开办、谁主管，谁应用、谁负责`));
  return main;
}

async function logout(): Promise<void> {
  try {
    await api.logout();
  } catch {
    // Signing out locally is what matters; the server session expires on its own.
  }
  person = undefined;
  showLogin();
}

function showLogin(): void {
  renderCount++;
  renderLogin(shell());
}

function route(): void {
  const publicPath = location.hash.replace(/^#/, "");
  if (!person && publicPath === "/verify") {
    const id = ++renderCount;
    routePublic(publicPath, shell(), () => id === renderCount);
    return;
  }
  if (!person) return showLogin();
  const id = ++renderCount;
  const ctx: ViewContext = {
    person,
    isCurrent: () => id === renderCount,
    navigate: (hash) => {
      if (location.hash === hash) route();
      else location.hash = hash;
    },
  };
  const main = shell();
  const path = location.hash.replace(/^#/, "") || "/";
  if (path === "/" && !seesFilings(person)) return ctx.navigate("#/my-reviews");
  if (routeAccountLifecycle(path, main, ctx)) return;
  const match = /^\/filings\/([^/]+)(\/edit)?$/.exec(path);
  if (routeUpkeep(path, main, ctx)) return;
  if (routeDirectory(path, main, ctx)) return;
  if (routeRegister(path, main, ctx) || routePublic(path, main, ctx.isCurrent)) return;
  if (path === "/") void renderFilingList(main, ctx);
  else if (path === "/filings/new") void renderFilingForm(main, ctx);
  else if (match && match[2]) void renderFilingForm(main, ctx, decodeURIComponent(match[1]));
  else if (match) void renderFilingDetail(main, ctx, decodeURIComponent(match[1]));
  else mount(main, notice("warn", "页面不存在。", h("a", { href: routes.list() }, "返回我的备案")));
}

async function start(): Promise<void> {
  whenUnauthenticated(() => {
    person = undefined;
    showLogin();
  });
  window.addEventListener("hashchange", route);
  mount(app, h("p", { class: "loading" }, "正在加载…"));
  const meta = api.meta().then(useMeta, () => undefined);
  try {
    person = await api.me();
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) {
      await meta;
      mount(shell(), notice("err", error instanceof ApiError ? error.message : "系统繁忙，请稍后重试"));
      return;
    }
  }
  await meta;
  route();
}

void start();
