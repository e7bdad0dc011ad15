/** Step Functions task payloads, checked at the Lambda edge before any service runs. */
import { STAGES } from "@beian/core";
import { z } from "zod";

/** Executions started before review kinds existed carry no kind: they are filings'. */
const kind = z.string().min(1).default("filing");

/** The wait state's payload (see `stageState` in the review definition). */
export const openStagePayload = z.object({
  kind,
  itemId: z.string().min(1),
  round: z.number().int().positive(),
  stage: z.enum(STAGES),
  taskToken: z.string().min(1),
});

/** The whole execution state handed to ReportOutcome, or what RecordFailure hands on. */
export const reviewOutcomePayload = z.object({
  kind,
  itemId: z.string().min(1),
  round: z.number().int().positive(),
  timedOutStage: z.enum(STAGES).optional(),
  failure: z.object({ error: z.string().optional(), cause: z.string().optional() }).optional(),
});
