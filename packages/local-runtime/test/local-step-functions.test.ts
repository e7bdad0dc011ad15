import { randomUUID } from "node:crypto";
import type { OpenStageRequest, ReviewExecutionInput, Stage } from "@beian/core";
import { LOCAL_PARTITION, reviewDefinition, reviewSubstitutions, substitute } from "@beian/workflow";
import { afterEach, describe, expect, it } from "vitest";
import { freshTable, localDynamoClient } from "../../../test/support/dynamo.js";
import {
  DynamoExecutionJournal,
  LocalStepFunctions,
  MAX_TIMEOUT_SECONDS,
  type ExecutionJournal,
} from "../src/local-step-functions/index.js";

const OPEN_STAGE = "local:open-stage";
const OUTCOME = "local:review-outcome";

type ReviewDefinition = ReturnType<typeof reviewDefinition>;

function localDefinition(adjust?: (definition: ReviewDefinition) => void): ReviewDefinition {
  const definition = substitute(reviewDefinition(), reviewSubstitutions({ partition: LOCAL_PARTITION, openStageFunction: OPEN_STAGE, outcomeFunction: OUTCOME }));
  adjust?.(definition);
  return definition;
}

/** Stand-ins for the two task Lambdas: they record what the workflow sent them. */
function fakeLambdas() {
  const opened: OpenStageRequest[] = [];
  const outcomes: Record<string, unknown>[] = [];
  let changed: (() => void)[] = [];
  const notify = () => {
    const listeners = changed;
    changed = [];
    for (const listener of listeners) listener();
  };
  const until = async <T>(find: () => T | undefined): Promise<T> => {
    for (;;) {
      const hit = find();
      if (hit !== undefined) return hit;
      await new Promise<void>((resolve) => changed.push(resolve));
    }
  };
  return {
    opened,
    outcomes,
    handlers: {
      [OPEN_STAGE]: async (payload: OpenStageRequest) => {
        opened.push(payload);
        notify();
      },
      [OUTCOME]: async (payload: Record<string, unknown>) => {
        outcomes.push(payload);
        notify();
        return { reported: payload.itemId };
      },
    },
    stageOpened: (itemId: string, stage: Stage) => until(() => opened.find((o) => o.itemId === itemId && o.stage === stage)),
  };
}

const engines: LocalStepFunctions[] = [];

afterEach(async () => {
  await Promise.all(engines.splice(0).map((engine) => engine.stop()));
});

async function journalTable(): Promise<ExecutionJournal> {
  const { doc, tableName } = await freshTable();
  return new DynamoExecutionJournal({ doc, tableName });
}

function engineOver(journal: ExecutionJournal, lambdas: ReturnType<typeof fakeLambdas>, definition: object = localDefinition()) {
  const engine = new LocalStepFunctions({ definition, lambdaHandlers: lambdas.handlers, persistence: journal });
  engines.push(engine);
  return engine;
}

function review(): { name: string; input: ReviewExecutionInput } {
  const itemId = `item-${randomUUID()}`;
  return { name: `filing-${itemId}-r1`, input: { kind: "filing", itemId, round: 1 } };
}

const approve = { decision: "approve" } as const;

describe("local Step Functions engine on the review definition", () => {
  it("runs an approval through all three stages with a fresh token per stage", async () => {
    const lambdas = fakeLambdas();
    const engine = engineOver(await journalTable(), lambdas);
    const { name, input } = review();

    await engine.start(name, input);
    const tokens: string[] = [];
    for (const stage of ["first", "second", "final"] as const) {
      const opened = await lambdas.stageOpened(input.itemId, stage);
      expect(opened).toMatchObject({ itemId: input.itemId, round: 1, stage });
      tokens.push(opened.taskToken);
      await engine.sendTaskSuccess(opened.taskToken, approve);
    }

    await expect(engine.waitForExecution(name)).resolves.toEqual({ status: "SUCCEEDED", output: { reported: input.itemId } });
    expect(new Set(tokens).size).toBe(3);
    expect(lambdas.outcomes).toEqual([{ ...input, decisions: { first: approve, second: approve, final: approve } }]);
    const described = await engine.describeExecution(name);
    expect(described).toMatchObject({ status: "SUCCEEDED", input, output: { reported: input.itemId } });
    expect(described.pendingTask).toBeUndefined();
  });

  it("reports the outcome right after a rejection at the first stage", async () => {
    const lambdas = fakeLambdas();
    const engine = engineOver(await journalTable(), lambdas);
    const { name, input } = review();

    await engine.start(name, input);
    const first = await lambdas.stageOpened(input.itemId, "first");
    await engine.sendTaskSuccess(first.taskToken, { decision: "reject" });

    await expect(engine.waitForExecution(name)).resolves.toMatchObject({ status: "SUCCEEDED" });
    expect(lambdas.opened.map((o) => o.stage)).toEqual(["first"]);
    expect(lambdas.outcomes).toEqual([{ ...input, decisions: { first: { decision: "reject" } } }]);
  });

  it("hands the error SendTaskFailure gives to the failure step instead of ending the execution FAILED", async () => {
    const lambdas = fakeLambdas();
    const engine = engineOver(await journalTable(), lambdas);
    const { name, input } = review();

    await engine.start(name, input);
    const first = await lambdas.stageOpened(input.itemId, "first");
    await engine.sendTaskFailure(first.taskToken, "ReviewWithdrawn", "申请已撤回");

    await expect(engine.waitForExecution(name)).resolves.toEqual({ status: "SUCCEEDED", output: { reported: input.itemId } });
    expect(lambdas.outcomes).toEqual([{ ...input, failure: { error: "ReviewWithdrawn", cause: "申请已撤回" } }]);
  });

  it("ends FAILED only when the failure step itself keeps failing", async () => {
    const lambdas = fakeLambdas();
    const failing = { ...lambdas.handlers, [OUTCOME]: async () => Promise.reject(Object.assign(new Error("down"), { name: "Lambda.ServiceException" })) };
    const engine = new LocalStepFunctions({ definition: localDefinition((d) => {
        for (const state of Object.values(d.States) as { Retry?: { IntervalSeconds: number; MaxAttempts: number; BackoffRate: number }[] }[]) {
          for (const retry of state.Retry ?? []) Object.assign(retry, { IntervalSeconds: 1, MaxAttempts: 1, BackoffRate: 1 });
        }
      }), lambdaHandlers: failing, persistence: await journalTable() });
    engines.push(engine);
    const { name, input } = review();

    await engine.start(name, input);
    const first = await lambdas.stageOpened(input.itemId, "first");
    await engine.sendTaskFailure(first.taskToken, "ReviewWithdrawn", "申请已撤回");
    await expect(engine.waitForExecution(name)).resolves.toMatchObject({ status: "FAILED" });
  });
});

describe("StartExecution names", () => {
  it("is idempotent for the same input while running and refuses a different input or a closed execution", async () => {
    const lambdas = fakeLambdas();
    const engine = engineOver(await journalTable(), lambdas);
    const { name, input } = review();

    await engine.start(name, input);
    await engine.start(name, { round: 1, itemId: input.itemId, kind: "filing" });
    await expect(engine.start(name, { ...input, round: 2 })).rejects.toMatchObject({ name: "ExecutionAlreadyExists" });

    const first = await lambdas.stageOpened(input.itemId, "first");
    await engine.sendTaskSuccess(first.taskToken, { decision: "reject" });
    await engine.waitForExecution(name);
    await expect(engine.start(name, input)).rejects.toMatchObject({ name: "ExecutionAlreadyExists" });
    expect(lambdas.opened).toHaveLength(1);
    expect(lambdas.outcomes).toHaveLength(1);
  });

  it("describes an unknown execution as ExecutionDoesNotExist", async () => {
    const engine = engineOver(await journalTable(), fakeLambdas());
    await expect(engine.describeExecution("no-such-execution")).rejects.toMatchObject({ name: "ExecutionDoesNotExist" });
  });
});

describe("task tokens", () => {
  it("rejects an unknown token and a token already used", async () => {
    const lambdas = fakeLambdas();
    const engine = engineOver(await journalTable(), lambdas);
    const { name, input } = review();

    await expect(engine.sendTaskSuccess("bogus-token", approve)).rejects.toMatchObject({ name: "InvalidToken" });
    await engine.start(name, input);
    const first = await lambdas.stageOpened(input.itemId, "first");
    await engine.sendTaskSuccess(first.taskToken, approve);

    await expect(engine.sendTaskSuccess(first.taskToken, approve)).rejects.toMatchObject({ name: "InvalidToken" });
    await expect(engine.sendTaskFailure(first.taskToken, "Late")).rejects.toMatchObject({ name: "InvalidToken" });
    const second = await lambdas.stageOpened(input.itemId, "second");
    expect(second.taskToken).not.toBe(first.taskToken);
  });

  it("takes the Catch path on States.Timeout and then answers TaskTimedOut", async () => {
    const lambdas = fakeLambdas();
    const definition = localDefinition((d) => {
      d.States.FirstReview.TimeoutSeconds = 1;
    });
    const engine = engineOver(await journalTable(), lambdas, definition);
    const { name, input } = review();

    await engine.start(name, input);
    const first = await lambdas.stageOpened(input.itemId, "first");

    await expect(engine.waitForExecution(name)).resolves.toMatchObject({ status: "SUCCEEDED" });
    expect(lambdas.outcomes).toEqual([{ ...input, timeout: { Error: "States.Timeout", Cause: "States.Timeout" }, timedOutStage: "first" }]);
    await expect(engine.sendTaskSuccess(first.taskToken, approve)).rejects.toMatchObject({ name: "TaskTimedOut" });
  });
});

describe("durability across restarts", () => {
  it("resumes a waiting execution with its original token and finishes it", async () => {
    const journal = await journalTable();
    const before = fakeLambdas();
    const engine = engineOver(journal, before);
    const { name, input } = review();

    await engine.start(name, input);
    const first = await before.stageOpened(input.itemId, "first");
    await engine.stop();

    const stopped = await engine.describeExecution(name);
    expect(stopped.status).toBe("RUNNING");
    expect(stopped.pendingTask).toMatchObject({ stateName: "FirstReview", token: first.taskToken, stateInput: input });

    const after = fakeLambdas();
    const restarted = engineOver(journal, after);
    await expect(restarted.resumeAll()).resolves.toBe(1);
    const reopened = await after.stageOpened(input.itemId, "first");
    expect(reopened.taskToken).toBe(first.taskToken);

    await restarted.sendTaskSuccess(first.taskToken, approve);
    const second = await after.stageOpened(input.itemId, "second");
    await restarted.sendTaskSuccess(second.taskToken, approve);
    const final = await after.stageOpened(input.itemId, "final");
    await restarted.sendTaskSuccess(final.taskToken, approve);

    await expect(restarted.waitForExecution(name)).resolves.toEqual({ status: "SUCCEEDED", output: { reported: input.itemId } });
    expect(after.outcomes).toEqual([{ ...input, decisions: { first: approve, second: approve, final: approve } }]);
    expect(before.outcomes).toEqual([]);
  });

  it("accepts a decision while the execution is not resumed yet and does not reopen that stage", async () => {
    const journal = await journalTable();
    const before = fakeLambdas();
    const engine = engineOver(journal, before);
    const { name, input } = review();

    await engine.start(name, input);
    const first = await before.stageOpened(input.itemId, "first");
    await engine.stop();

    const after = fakeLambdas();
    const restarted = engineOver(journal, after);
    await restarted.sendTaskSuccess(first.taskToken, { decision: "reject" });
    await expect(restarted.sendTaskSuccess(first.taskToken, approve)).rejects.toMatchObject({ name: "InvalidToken" });
    await restarted.resumeAll();

    await expect(restarted.waitForExecution(name)).resolves.toMatchObject({ status: "SUCCEEDED" });
    expect(after.opened).toEqual([]);
    expect(after.outcomes).toEqual([{ ...input, decisions: { first: { decision: "reject" } } }]);
  });

  it("times a resumed wait out at its original deadline without reopening it", async () => {
    const journal = await journalTable();
    const definition = localDefinition((d) => {
      d.States.FirstReview.TimeoutSeconds = 1;
    });
    const before = fakeLambdas();
    const engine = engineOver(journal, before, definition);
    const { name, input } = review();

    await engine.start(name, input);
    const first = await before.stageOpened(input.itemId, "first");
    await engine.stop();
    const deadline = Date.parse((await engine.describeExecution(name)).pendingTask!.deadline);
    while (Date.now() <= deadline) await new Promise((resolve) => setTimeout(resolve, deadline - Date.now() + 1));

    const after = fakeLambdas();
    const restarted = engineOver(journal, after, definition);
    await expect(restarted.sendTaskSuccess(first.taskToken, approve)).rejects.toMatchObject({ name: "TaskTimedOut" });
    await restarted.resumeAll();

    await expect(restarted.waitForExecution(name)).resolves.toMatchObject({ status: "SUCCEEDED" });
    expect(after.opened).toEqual([]);
    expect(after.outcomes).toEqual([expect.objectContaining({ timedOutStage: "first" })]);
    await expect(restarted.sendTaskSuccess(first.taskToken, approve)).rejects.toMatchObject({ name: "TaskTimedOut" });
  });

  it("creates its journal table when it is missing", async () => {
    const client = localDynamoClient();
    const { doc } = await freshTable(client);
    const lambdas = fakeLambdas();
    const journal = new DynamoExecutionJournal({ doc, client, tableName: `journal-${randomUUID()}` });
    const engine = engineOver(journal, lambdas);
    const { name, input } = review();

    await engine.start(name, input);
    await expect(lambdas.stageOpened(input.itemId, "first")).resolves.toMatchObject({ stage: "first" });
    await expect(journal.listRunning()).resolves.toEqual([expect.objectContaining({ executionName: name, status: "RUNNING" })]);
  });
});

describe("definitions the engine refuses", () => {
  const build = (definition: object) => () =>
    new LocalStepFunctions({ definition, lambdaHandlers: fakeLambdas().handlers, persistence: {} as ExecutionJournal });

  it("refuses a wait without TimeoutSeconds, one the timers cannot hold, and a function with no handler", () => {
    expect(build(localDefinition())).not.toThrow();
    expect(build(localDefinition((d) => delete (d.States.FirstReview as { TimeoutSeconds?: number }).TimeoutSeconds))).toThrow(/needs TimeoutSeconds/);
    expect(build(localDefinition((d) => (d.States.SecondReview.TimeoutSeconds = MAX_TIMEOUT_SECONDS + 1)))).toThrow(/TimeoutSeconds/);
    expect(build(substitute(reviewDefinition(), reviewSubstitutions({ partition: LOCAL_PARTITION, openStageFunction: OPEN_STAGE, outcomeFunction: "local:missing"  })))).toThrow(
      /no local handler for function local:missing/,
    );
  });

  it("refuses Assign, which the library would silently ignore", () => {
    expect(build(localDefinition((d) => Object.assign(d.States.ReportOutcome, { Assign: { x: 1 } })))).toThrow(/Assign/);
  });
});
