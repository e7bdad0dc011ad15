import { operatorUnitIds, seesUnit } from "../directory/access.js";
import { hasRole, type Actor } from "../directory/people.js";
import { fail } from "../shared/errors.js";
import type { ContentDeps } from "./content-deps.js";
import type { ContentDraft } from "./draft.js";

/** Who sees and changes which drafts: admins see all; operators their units' (and change them). */
export function draftAccess(deps: Pick<ContentDeps, "content" | "directory" | "accounts">) {
  const { content, directory, accounts } = deps;
  return {
    async visible(actor: Actor, draftId: string): Promise<ContentDraft> {
      const draft = await content.getDraft(draftId);
      if (!draft || !(await seesUnit(directory, actor, draft.unitId))) throw fail("DRAFT_NOT_FOUND");
      return draft;
    },

    async editable(actor: Actor, draftId: string): Promise<ContentDraft> {
      const draft = await content.getDraft(draftId);
      if (!draft || !hasRole(actor, "operator") || !(await operatorUnitIds(directory, actor)).includes(draft.unitId)) throw fail("DRAFT_NOT_FOUND");
      return draft;
    },

    /** A draft goes out on its unit's filed accounts only (not suspended, not cancelled). */
    async assertPublishable(unitId: string, accountIds: string[]) {
      const found = await accounts.getAccounts([...new Set(accountIds)]);
      const bad = accountIds.filter((id) => !found.some((a) => a.accountId === id && a.unitId === unitId && a.status === "filed"));
      if (bad.length) throw fail("ACCOUNT_NOT_PUBLISHABLE", undefined, bad.map((id) => ({ field: "accountIds", code: "ACCOUNT_NOT_PUBLISHABLE", message: `账号 ${id} 不是本单位已备案的账号` })));
    },
  };
}
