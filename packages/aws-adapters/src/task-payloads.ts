/** Step Functions task payloads, checked at the Lambda edge before any service runs. */
import { STAGES } from "@beian/core";
import { z } from "zod";

/** The wait state's payload (see `stageState` in the review definition). */
export const openStagePayload = z.object({
  itemId: z.string().min(1),
  round: z.number().int().positive(),
  stage: z.enum(STAGES),
  taskToken: z.string().min(1),
});

/** The whole execution state handed to ReportOutcome; decisions and the rest are not needed. */
export const reviewOutcomePayload = z.object({
  itemId: z.string().min(1),
  round: z.number().int().positive(),
  timedOutStage: z.enum(STAGES).optional(),
});
