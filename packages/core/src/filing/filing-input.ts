import { z } from "zod";
import { filingInputSchema } from "../register/account-data.js";
import { FILING_FIELD_LABELS } from "../register/account-labels.js";
import { requiredText } from "../shared/validation.js";

/** 变更: the account's full data as it should become, why, and optionally a new owning unit. */
export const changeInputSchema = z.strictObject({
  data: filingInputSchema,
  reason: requiredText(500),
  transferToUnitId: z.string().trim().min(1).max(64).optional(),
});
export type ChangeInput = z.infer<typeof changeInputSchema>;

/** 注销: the reason is announced with the cancellation. */
export const cancelInputSchema = z.strictObject({ reason: requiredText(500) });

export const CHANGE_FIELD_LABELS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(FILING_FIELD_LABELS).map(([k, v]) => [`data.${k}`, v])),
  data: "变更后信息",
  reason: "变更事由",
  transferToUnitId: "变更后主办单位",
};
export const CANCEL_FIELD_LABELS: Record<string, string> = { reason: "注销原因" };

