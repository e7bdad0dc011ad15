import { randomUUID } from "node:crypto";
import { inspectionDefinition, inspectionSubstitutions, LOCAL_PARTITION, MAX_CONCURRENCY, substitute } from "@beian/workflow";
import { afterEach, describe, expect, it } from "vitest";
import { freshTable } from "../../../test/support/dynamo.js";
import { DynamoExecutionJournal, LocalStepFunctions, type ExecutionJournal } from "../src/local-step-functions/index.js";

const STEP = "local:inspection-step";
const engines: LocalStepFunctions[] = [];
afterEach(async () => {
  await Promise.all(engines.splice(0).map((engine) => engine.stop()));
});

async function journal(namespace?: string): Promise<ExecutionJournal & { tableName: string; doc: unknown }> {
  const { doc, tableName } = await freshTable();
  return Object.assign(new DynamoExecutionJournal({ doc, tableName, namespace }), { tableName, doc });
}

const definition = () => substitute(inspectionDefinition(), inspectionSubstitutions({ partition: LOCAL_PARTITION, stepFunction: STEP }));

/**
 * Stand-in for the inspection's step function: segments with a number of pages each, progress kept
 * outside the execution (as the real one keeps it in the table), concurrency observed.
 */
function fakeSteps(pagesPerSegment: Record<string, number>) {
  const done = new Map<string, number>();
  let running = 0;
  let peak = 0;
  const calls: string[] = [];
  let gate: Promise<void> | undefined;
  return {
    calls,
    peak: () => peak,
    done,
    hold(until: Promise<void>) {
      gate = until;
    },
    handlers: {
      [STEP]: async (payload: { action: string; iteration?: { segment: string } }) => {
        calls.push(payload.action);
        if (payload.action === "begin") return { year: 2026, proceed: true, segments: Object.keys(pagesPerSegment).map((segment) => ({ year: 2026, segment })) };
        if (payload.action === "notify") return { year: 2026, done: true };
        if (payload.action === "fail") return { recorded: true };
        running++;
        peak = Math.max(peak, running);
        try {
          await new Promise((resolve) => setTimeout(resolve, 5));
          if (gate) await gate;
          const segment = payload.iteration!.segment;
          const page = (done.get(segment) ?? 0) + 1;
          done.set(segment, page);
          return { ...payload.iteration, done: page >= pagesPerSegment[segment] };
        } finally {
          running--;
        }
      },
    },
  };
}

describe("local Step Functions engine: inline Map states", () => {
  it("runs every segment's loop with at most MaxConcurrency iterations at a time, then the steps after the Map", async () => {
    const pages = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`p${i}`, 1 + (i % 3)]));
    const steps = fakeSteps(pages);
    const engine = new LocalStepFunctions({ definition: definition(), lambdaHandlers: steps.handlers, persistence: await journal() });
    engines.push(engine);
    await engine.start("inspection-2026", { year: 2026, trigger: "admin" });
    expect(await engine.waitForExecution("inspection-2026")).toMatchObject({ status: "SUCCEEDED" });
    expect(Object.fromEntries(steps.done)).toEqual(pages);
    expect(steps.peak()).toBeGreaterThan(1);
    expect(steps.peak()).toBeLessThanOrEqual(MAX_CONCURRENCY);
    expect(steps.calls[0]).toBe("begin");
    expect(steps.calls.at(-1)).toBe("notify");
  });

  it("keeps the checkpoint on the Map state while iterations run, and a restart runs the Map again from its input", async () => {
    const steps = fakeSteps({ a: 3, b: 2 });
    let release!: () => void;
    steps.hold(new Promise<void>((resolve) => (release = resolve)));
    const store = await journal("inspection");
    const first = new LocalStepFunctions({ definition: definition(), lambdaHandlers: steps.handlers, persistence: store });
    await first.start("inspection-2026", { year: 2026, trigger: "admin" });
    await expect.poll(() => steps.calls.filter((c) => c === "page").length).toBe(2);
    const stopping = first.stop();
    release();
    await stopping;
    const record = await store.getExecution("inspection-2026");
    expect(record).toMatchObject({ status: "RUNNING", currentState: { stateName: "OpenSegments" } });

    steps.hold(Promise.resolve());
    const second = new LocalStepFunctions({ definition: definition(), lambdaHandlers: steps.handlers, persistence: store });
    engines.push(second);
    expect(await second.resumeAll()).toBe(1);
    expect(await second.waitForExecution("inspection-2026")).toMatchObject({ status: "SUCCEEDED" });
    // Each segment went on from its own saved progress: no page was done twice, none skipped.
    expect(Object.fromEntries(steps.done)).toEqual({ a: 3, b: 2 });
    expect(steps.calls.filter((c) => c === "begin")).toHaveLength(1);
  });

  it("keeps two state machines' executions apart in one journal table", async () => {
    const { doc, tableName } = await freshTable();
    const review = new DynamoExecutionJournal({ doc, tableName });
    const inspection = new DynamoExecutionJournal({ doc, tableName, namespace: "inspection" });
    const name = `same-${randomUUID()}`;
    expect(await review.createExecution({ executionName: name, input: {}, startedAt: new Date().toISOString() })).toBe(true);
    expect(await inspection.createExecution({ executionName: name, input: {}, startedAt: new Date().toISOString() })).toBe(true);
    expect((await review.listRunning()).map((r) => r.executionName)).toEqual([name]);
    expect((await inspection.listRunning()).map((r) => r.executionName)).toEqual([name]);
  });

  it("refuses what it cannot run faithfully: a task-token wait inside a Map, a distributed Map, a state name used twice (nested or not)", () => {
    const handlers = { [STEP]: async () => ({}) };
    const build = (adjust: (d: ReturnType<typeof definition>) => void) => {
      const d = definition();
      adjust(d);
      return () => new LocalStepFunctions({ definition: d, lambdaHandlers: handlers, persistence: undefined as never });
    };
    const inner = (d: ReturnType<typeof definition>) => d.States.OpenSegments.ItemProcessor as { ProcessorConfig: { Mode: string }; States: Record<string, Record<string, unknown>> };
    expect(build((d) => Object.assign(inner(d).States.OpenPage, { Resource: "arn:aws:states:::lambda:invoke.waitForTaskToken" }))).toThrow(/inside a Map state cannot be resumed/);
    expect(build((d) => (inner(d).ProcessorConfig.Mode = "DISTRIBUTED"))).toThrow(/only INLINE Map|Mode is invalid/);
    const renamed = (d: ReturnType<typeof definition>) => {
      const states = inner(d).States;
      states.Opened = states.SegmentOpened;
      delete states.SegmentOpened;
      (states["SegmentDone?"].Choices as { Next: string }[])[0].Next = "Opened";
    };
    // Handlers are keyed by state name: the library's own validation refuses a name used twice.
    expect(build(renamed)).toThrow(/invalid/);
    expect(build(() => undefined)).not.toThrow();
  });
});
