/** @jsxImportSource hono/jsx/dom */
import type { SignedInPerson } from "../auth/api.js";
import { SYSTEM_NAME } from "./document-title.js";
import type { NavLink } from "./route.js";

export function Header(props: { person?: SignedInPerson; nav: NavLink[]; path: string; onLogout: () => void }) {
  const { person } = props;
  const links = person ? props.nav.filter((link) => link.roles.some((r) => person.roles.includes(r))).sort((a, b) => a.order - b.order) : [];
  return (
    <header class="site-header">
      <div class="site-header-inner">
        <a class="brand" href="#/">
          <span class="brand-mark" aria-hidden="true">
            备
          </span>
          {SYSTEM_NAME}
        </a>
        {person ? (
          <nav aria-label="主导航">
            {links.map((link) => (
              <a href={link.hash} aria-current={link.current(props.path) ? "page" : undefined} data-testid={link.testId}>
                {link.label(person)}
              </a>
            ))}
          </nav>
        ) : null}
        {person ? (
          <div class="user">
            <span class="user-name" data-testid="person-name">
              {person.name}
            </span>
            <span class="user-unit" data-testid="person-unit">
              {person.unit.name}
            </span>
            <button type="button" class="btn btn-ghost" data-testid="logout" onClick={props.onLogout}>
              退出
            </button>
          </div>
        ) : null}
      </div>
    </header>
  );
}
