import { useEffect, useState } from "hono/jsx/dom";

export type Loaded<T> = { state: "loading" } | { state: "ok"; data: T } | { state: "error"; error: unknown };

/**
 * Loads data for a view and re-renders when it arrives. An answer that comes back after the view
 * was left (or reloaded) is dropped, so a slow response never overwrites a newer one.
 */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[] = []): Loaded<T> & { reload: () => void } {
  const [version, setVersion] = useState(0);
  const [result, setResult] = useState<Loaded<T>>({ state: "loading" });
  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setResult({ state: "ok", data }),
      (error: unknown) => live && setResult({ state: "error", error }),
    );
    return () => {
      live = false;
    };
  }, [version, ...deps]);
  return { ...result, reload: () => setVersion((v) => v + 1) };
}
