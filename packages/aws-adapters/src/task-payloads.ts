/** Step Functions task payloads, checked at the Lambda edge before any service runs. */
import { STAGES } from "@beian/core";
import * as z from "zod/mini";

/** Executions started before review kinds existed carry no kind: they are filings'. */
const kind = z._default(z.string().check(z.minLength(1)), "filing");
const id = z.string().check(z.minLength(1));
const round = z.number().check(z.int(), z.positive());

/** The wait state's payload (see `stageState` in the review definition). */
export const openStagePayload = z.object({ kind, itemId: id, round, stage: z.enum(STAGES), taskToken: id });

/** The whole execution state handed to ReportOutcome, or what RecordFailure hands on. */
export const reviewOutcomePayload = z.object({
  kind,
  itemId: id,
  round,
  timedOutStage: z.optional(z.enum(STAGES)),
  failure: z.optional(z.object({ error: z.optional(z.string()), cause: z.optional(z.string()) })),
});
