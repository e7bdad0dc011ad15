/**
 * Where a logged-out visitor was going (an emailed link to #/filings/…), kept across the log-in
 * round trip: the magic link is opened from the mail and the server lands on "/". Only this page's
 * own hash routes are kept, never an absolute URL, and only for a short while.
 */
const KEY = "beian.returnTo";
const LIFETIME_MS = 30 * 60 * 1000;
const HASH_ROUTE = /^#\/(?!\/)[^\s\\]*$/;

export const isHome = (hash: string) => hash === "" || hash === "#" || hash === "#/";

export function rememberDestination(hash: string): void {
  if (isHome(hash) || !HASH_ROUTE.test(hash)) return;
  try {
    localStorage.setItem(KEY, JSON.stringify({ hash, until: Date.now() + LIFETIME_MS }));
  } catch {
    // Storage may be disabled; the user then simply lands on the home view.
  }
}

/** The remembered destination, if still fresh; it is used once. */
export function takeDestination(): string | undefined {
  try {
    const raw = localStorage.getItem(KEY);
    localStorage.removeItem(KEY);
    if (!raw) return undefined;
    const { hash, until } = JSON.parse(raw) as { hash?: unknown; until?: unknown };
    if (typeof hash !== "string" || typeof until !== "number" || until < Date.now()) return undefined;
    return HASH_ROUTE.test(hash) ? hash : undefined;
  } catch {
    return undefined;
  }
}

export function forgetDestination(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing kept, nothing to forget.
  }
}
