/** @jsxImportSource hono/jsx/dom */
import { useEffect, useLayoutEffect, useState } from "hono/jsx/dom";
import { authApi, type SignedInPerson } from "../auth/api.js";
import { LoginView } from "../auth/login-view.js";
import { ApiError, whenUnauthenticated } from "../ui/api-client.js";
import { Loading, Notice } from "../ui/notice.js";
import { setDocumentTitle, SYSTEM_NAME } from "./document-title.js";
import { Header } from "./header.js";
import { homeFor } from "./home.js";
import { forgetDestination, isHome, rememberDestination, takeDestination } from "./return-to.js";
import { mayOpen, titleOf } from "./route.js";
import { matchRoute, parseHash } from "./route-match.js";
import { NAV, ROUTES } from "./route-table.js";
import { ForbiddenView, NotFoundView } from "./status-views.js";
import { navigate, useHash } from "./use-hash.js";

type Session = { state: "loading" } | { state: "out" } | { state: "in"; person: SignedInPerson } | { state: "failed"; message: string };

/** Who is signed in: asked once at start; any 401 later signs the page out. */
function useSession() {
  const [session, setSession] = useState<Session>({ state: "loading" });
  useEffect(() => {
    whenUnauthenticated(() => setSession({ state: "out" }));
    authApi.me().then(
      (person) => {
        const destination = takeDestination();
        if (destination && isHome(location.hash)) location.replace(destination);
        setSession({ state: "in", person });
      },
      (error: unknown) =>
        setSession(error instanceof ApiError && error.status === 401 ? { state: "out" } : { state: "failed", message: error instanceof ApiError ? error.message : "系统繁忙，请稍后重试" }),
    );
  }, []);
  const logout = async () => {
    try {
      await authApi.logout();
    } catch {
      // Signing out locally is what matters; the server session expires on its own.
    }
    forgetDestination();
    navigate("#/");
    setSession({ state: "out" });
  };
  return { session, logout };
}

/**
 * The shell: header, the view the hash names, footer. The hash is matched against the route table;
 * an unknown path is 页面不存在 and a route outside the person's roles is 无权查看, decided before
 * any of the view renders or calls the API.
 */
export function App() {
  const hash = useHash();
  const { session, logout } = useSession();
  const { path, query } = parseHash(hash);
  const match = matchRoute(ROUTES, path);
  const person = session.state === "in" ? session.person : undefined;
  const showsLogin = session.state === "out" && !match?.route.public;
  // location.hash, not the rendered path: a remembered destination may have just replaced "#/".
  const goesHome = person && path === "/" && isHome(location.hash) && homeFor(person) !== "#/";

  const title =
    session.state === "loading" ? undefined : showsLogin ? "登录" : !match ? "页面不存在" : person && !match.route.public && !mayOpen(match.route, person) ? "无权查看" : titleOf(match.route, person);
  // Set with the view itself, not a frame later, so the tab never names the previous view.
  useLayoutEffect(() => setDocumentTitle(title), [title]);
  useEffect(() => {
    if (showsLogin) rememberDestination(hash);
  }, [showsLogin, hash]);
  useEffect(() => {
    if (goesHome && isHome(location.hash)) location.replace(homeFor(person));
  }, [goesHome]);

  const main = () => {
    if (session.state === "loading" || goesHome) return <Loading />;
    if (session.state === "failed") return <Notice tone="err">{session.message}</Notice>;
    if (showsLogin) return <LoginView />;
    if (!match) return <NotFoundView />;
    const { route, params } = match;
    if (route.public) return <route.view key={hash} params={params} query={query} navigate={navigate} person={person} />;
    if (!person) return <LoginView />;
    if (!mayOpen(route, person)) return <ForbiddenView />;
    return <route.view key={hash} params={params} query={query} navigate={navigate} person={person} />;
  };

  return (
    <>
      <Header person={person} nav={NAV} path={path} onLogout={logout} />
      <main id="main" class="site-main">
        {main()}
      </main>
      <footer class="site-footer">{SYSTEM_NAME} · 谁开办、谁主管，谁应用、谁负责</footer>
    </>
  );
}
