import type { Role } from "@beian/core";
import type { Child } from "hono/jsx";
import type { SignedInPerson } from "../auth/api.js";

/** What a view gets from the shell. */
export interface ViewProps {
  person: SignedInPerson;
  /** The pattern's `:name` parts, decoded. */
  params: Record<string, string>;
  /** The hash's query (`#/register?platform=wechat` → platform=wechat). */
  query: URLSearchParams;
  navigate: (hash: string) => void;
}

/** A view that needs no log-in; it still knows who is signed in, if anyone. */
export interface PublicViewProps extends Omit<ViewProps, "person"> {
  person?: SignedInPerson;
}

export type Route =
  | {
      /** "/filings/:id/edit": literal segments and `:name` parameters. */
      pattern: string;
      /** The view's name in the browser tab (it may depend on who looks: 我的备案 / 备案管理). */
      title: string | ((person: SignedInPerson) => string);
      /** Who may open it; absent means anyone signed in. Checked before the view renders anything. */
      roles?: Role[];
      public?: false;
      view: (props: ViewProps) => Child;
    }
  | { pattern: string; title: string; public: true; roles?: undefined; view: (props: PublicViewProps) => Child };

/** An entry of the main navigation. */
export interface NavLink {
  hash: string;
  label: (person: SignedInPerson) => string;
  roles: Role[];
  testId?: string;
  /** Lower comes first. */
  order: number;
  /** Whether the link is the current page for a path (its own view and the views below it). */
  current: (path: string) => boolean;
}

export const titleOf = (route: Route, person: SignedInPerson | undefined) => (typeof route.title === "function" ? (person ? route.title(person) : "") : route.title);

export const mayOpen = (route: Route, person: SignedInPerson) => !route.roles || route.roles.some((role) => person.roles.includes(role));
