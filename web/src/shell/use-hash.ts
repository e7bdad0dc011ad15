import { useEffect, useState } from "hono/jsx/dom";

/** The location hash as state: the shell re-renders on every hash change (links, back button). */
export function useHash(): string {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const update = () => setHash(location.hash);
    window.addEventListener("hashchange", update);
    return () => window.removeEventListener("hashchange", update);
  }, []);
  return hash;
}

export function navigate(hash: string): void {
  if (location.hash !== hash) location.hash = hash;
}
