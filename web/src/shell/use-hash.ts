import { useEffect, useState } from "hono/jsx/dom";

/** Only "#/…" names a view; any other hash is an in-page anchor (the skip link's "#main") and leaves the view as it is. */
const routeHash = (hash: string) => (hash === "" || hash.startsWith("#/") ? hash : undefined);

/** The location hash as state: the shell re-renders on every change of view (links, back button). */
export function useHash(): string {
  const [hash, setHash] = useState(routeHash(location.hash) ?? "#/");
  useEffect(() => {
    const update = () => {
      const next = routeHash(location.hash);
      if (next !== undefined) setHash(next);
    };
    window.addEventListener("hashchange", update);
    return () => window.removeEventListener("hashchange", update);
  }, []);
  return hash;
}

export function navigate(hash: string): void {
  if (location.hash !== hash) location.hash = hash;
}
