import { ACCOUNT_EVENTS, type AccountEntered, type AccountLeft } from "../register/account-events.js";
import type { ContentDeps } from "./content-deps.js";
import { monitorService } from "./monitor/monitor-service.js";

/** What content carries out after other capabilities' writes. */
export function registerContentEffects(deps: ContentDeps) {
  const monitor = monitorService(deps);

  /**
   * An account entered the register: watch its updates from now. The sweep's enrollment reads the
   * register by 备案日期, so an account imported later with an old date would otherwise wait for its
   * first publication.
   */
  deps.effects.on(ACCOUNT_EVENTS.entered, async (payload) => {
    await monitor.enrollOne((payload as unknown as AccountEntered).accountId);
  });

  /** An account's cancellation was approved: stop watching it (its recorded violations stay). */
  deps.effects.on(ACCOUNT_EVENTS.left, async (payload) => {
    await monitor.retire((payload as unknown as AccountLeft).accountId);
  });
}
