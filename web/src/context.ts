import type { Person } from "./types.js";

/** What every view receives from the shell. */
export interface ViewContext {
  person: Person;
  /** False once the user has navigated elsewhere, so late API answers do not overwrite the new view. */
  isCurrent: () => boolean;
  navigate: (hash: string) => void;
}

export const routes = {
  list: () => "#/",
  newFiling: () => "#/filings/new",
  filing: (id: string) => `#/filings/${encodeURIComponent(id)}`,
  editFiling: (id: string) => `#/filings/${encodeURIComponent(id)}/edit`,
  changeAccount: (id: string) => `#/accounts/${encodeURIComponent(id)}/change`,
  cancelAccount: (id: string) => `#/accounts/${encodeURIComponent(id)}/cancel`,
};
