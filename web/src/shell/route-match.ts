import type { Route } from "./route.js";

export interface Location {
  path: string;
  query: URLSearchParams;
}

/** "#/register?platform=wechat" → path "/register" and its query; an empty hash is "/". */
export function parseHash(hash: string): Location {
  const raw = hash.replace(/^#/, "");
  const at = raw.indexOf("?");
  const path = (at < 0 ? raw : raw.slice(0, at)) || "/";
  return { path, query: new URLSearchParams(at < 0 ? "" : raw.slice(at + 1)) };
}

/** The first route whose pattern matches the whole path, with its parameters decoded. */
export function matchRoute(routes: Route[], path: string): { route: Route; params: Record<string, string> } | undefined {
  const parts = path.split("/").filter(Boolean);
  for (const route of routes) {
    const pattern = route.pattern.split("/").filter(Boolean);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((segment, i) => {
      if (!segment.startsWith(":")) return segment === parts[i];
      try {
        params[segment.slice(1)] = decodeURIComponent(parts[i]);
        return true;
      } catch {
        return false;
      }
    });
    if (matches) return { route, params };
  }
  return undefined;
}
