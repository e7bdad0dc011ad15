import { awsEffectRunner } from "@beian/aws-adapters";

/**
 * Scheduled sweep (EventBridge, every minute): carries out what committed writes recorded but no
 * one carried out yet (start a review, send a mail, open a task — the process that committed may
 * have died), and re-sends decisions whose SendTaskSuccess failed after they were written.
 */
export async function handler(): Promise<{ effects: number; redelivered: number }> {
  const runner = awsEffectRunner();
  const effects = await runner.effects.sweep();
  const redelivered = await runner.redeliverDecisions();
  if (effects + redelivered > 0) runner.deps.log.info("outbox sweep", { effects, redelivered });
  return { effects, redelivered };
}
