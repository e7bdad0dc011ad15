import type { ViewContext } from "./context.js";
import { renderCancelForm } from "./views/cancel-form.js";
import { renderChangeForm } from "./views/change-form.js";

/** #/accounts/:id/change and #/accounts/:id/cancel; true when the path was one of them. */
export function routeAccountLifecycle(path: string, main: HTMLElement, ctx: ViewContext): boolean {
  const match = /^\/accounts\/([^/?]+)\/(change|cancel)$/.exec(path);
  if (!match) return false;
  const accountId = decodeURIComponent(match[1]);
  void (match[2] === "change" ? renderChangeForm(main, ctx, accountId) : renderCancelForm(main, ctx, accountId));
  return true;
}
