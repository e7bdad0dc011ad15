import { z } from "zod";
import { calendarDate, optionalText } from "../shared/validation.js";
import { STAGES } from "./stages.js";

const id = z.string().trim().min(1).max(100);

const stageList = z.array(id).max(10);
export const chainInputSchema = z.strictObject({
  stages: z.strictObject(Object.fromEntries(STAGES.map((s) => [s, stageList.optional()])) as Record<(typeof STAGES)[number], z.ZodOptional<typeof stageList>>),
});
export type ChainInput = z.infer<typeof chainInputSchema>;

export const CHAIN_FIELD_LABELS: Record<string, string> = { stages: "审核流程", "stages.first": "初审审核人", "stages.second": "复审审核人", "stages.final": "终审审核人" };

export const delegationInputSchema = z.strictObject({ deputyId: id, until: calendarDate.optional() });
export const DELEGATION_FIELD_LABELS: Record<string, string> = { deputyId: "代签人", until: "截止日期" };

export const reassignInputSchema = z.strictObject({ reviewerId: id, reason: optionalText(200) });
export const REASSIGN_FIELD_LABELS: Record<string, string> = { reviewerId: "新审核人", reason: "转交原因" };

/** An admin's restart of a stuck round, or a unit's withdrawal: why, for the record. */
export const reasonInputSchema = z.strictObject({ reason: z.string().trim().min(1).max(500) });
export const REASON_FIELD_LABELS: Record<string, string> = { reason: "原因" };
