import type { Logger, ReviewExecutionInput, ReviewWorkflow, StageResult } from "@beian/core";
import { StateMachine, type StateMachineDefinition } from "aws-local-stepfunctions";
import { planDefinition, resumeDefinition, type Definition, type DefinitionPlan, type ResumePoint } from "./definition-plan.js";
import { EngineStopped, ExecutionAlreadyExists, ExecutionDoesNotExist, InvalidToken, TaskFailure, TaskTimedOut } from "./errors.js";
import { ExecutionRun, type ResumeFrom } from "./execution-run.js";
import type { ExecutionJournal, ExecutionOutcome, ExecutionRecord, TaskRecord, TaskSettlement } from "./journal.js";
import { canonicalJson, jsonCopy } from "./json.js";
import "./promise-polyfill.js";
import { replaceToken } from "./task-token.js";
import { TaskWaiters, type TaskWaiter } from "./task-waiters.js";

/** A local stand-in for a Lambda function: receives the invoke Payload, returns the function's result. */
export type LambdaHandler = (payload: any) => Promise<unknown>;

export interface LocalStepFunctionsOptions {
  /** ASL with placeholders already substituted; FunctionName values name `lambdaHandlers` keys. */
  definition: object;
  lambdaHandlers: Record<string, LambdaHandler>;
  persistence: ExecutionJournal;
  log?: Logger;
}

type LambdaRequest = { FunctionName: string; Payload?: unknown };

const silent: Logger = { info() {}, warn() {}, error() {} };
const nextMacrotask = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Step Functions for `npm start` and tests: runs the production ASL with aws-local-stepfunctions,
 * adds what that library lacks (task tokens, SendTaskSuccess/Failure, execution names) and
 * journals every execution so waiting ones resume after a restart with their original tokens.
 */
export class LocalStepFunctions implements ReviewWorkflow {
  private readonly plan: DefinitionPlan;
  private readonly handlers: Record<string, LambdaHandler>;
  private readonly journal: ExecutionJournal;
  private readonly log: Logger;
  private readonly runs = new Map<string, ExecutionRun>();
  private readonly waiters = new TaskWaiters();
  private stopped = false;

  constructor(options: LocalStepFunctionsOptions) {
    this.handlers = { ...options.lambdaHandlers };
    this.plan = planDefinition(options.definition, new Set(Object.keys(this.handlers)));
    this.journal = options.persistence;
    this.log = options.log ?? silent;
  }

  /** StartExecution: idempotent for a running execution with the same name and input, as in AWS. */
  async start(executionName: string, input: ReviewExecutionInput | object): Promise<void> {
    this.assertRunning();
    const startedAt = new Date().toISOString();
    const copy = jsonCopy(input);
    if (!(await this.journal.createExecution({ executionName, input: copy, startedAt }))) {
      const existing = await this.journal.getExecution(executionName);
      if (existing?.status === "RUNNING" && canonicalJson(existing.input) === canonicalJson(copy)) return;
      throw new ExecutionAlreadyExists(executionName);
    }
    // Stopped meanwhile: the journaled execution starts with the next resumeAll.
    if (this.stopped) return;
    this.log.info("execution started", { executionName });
    this.launch(executionName, copy, structuredClone(this.plan.definition));
  }

  async sendTaskSuccess(taskToken: string, output: StageResult | object): Promise<void> {
    await this.settle(taskToken, { status: "SUCCEEDED", output: jsonCopy(output) });
  }

  async sendTaskFailure(taskToken: string, error = "States.TaskFailed", cause?: string): Promise<void> {
    await this.settle(taskToken, { status: "FAILED", error, cause });
  }

  /** Restarts every journaled RUNNING execution from the state it was in; returns how many. */
  async resumeAll(): Promise<number> {
    this.assertRunning();
    let resumed = 0;
    for (const record of await this.journal.listRunning()) {
      if (this.stopped) break;
      if (this.runs.has(record.executionName)) continue;
      const current = record.currentState;
      if (current && !(current.stateName in this.plan.definition.States)) {
        this.log.error("cannot resume: state no longer in the definition", { executionName: record.executionName, stateName: current.stateName });
        continue;
      }
      const pending = record.pendingTask?.stateName === current?.stateName ? record.pendingTask : undefined;
      const point: ResumePoint = {
        stateName: current?.stateName ?? this.plan.definition.StartAt,
        waitDeadlineMs: pending ? Date.parse(pending.deadline) : undefined,
        executionStartedMs: Date.parse(record.startedAt),
      };
      this.launch(record.executionName, current ? current.stateInput : record.input, resumeDefinition(this.plan, point, Date.now()), {
        task: pending,
        state: current?.stateName,
      });
      this.log.info("execution resumed", { executionName: record.executionName, stateName: point.stateName, waiting: Boolean(pending) });
      resumed++;
    }
    return resumed;
  }

  /** Stops running executions without closing them: the journal keeps them RUNNING for resumeAll. */
  async stop(): Promise<void> {
    this.stopped = true;
    const runs = [...this.runs.values()];
    await Promise.all(runs.map((run) => run.stop()));
    for (const waiter of this.waiters.takeAll()) waiter.reject(new EngineStopped());
    await Promise.all(runs.map((run) => run.done));
  }

  async describeExecution(executionName: string): Promise<ExecutionRecord> {
    const record = await this.journal.getExecution(executionName);
    if (!record) throw new ExecutionDoesNotExist(executionName);
    return record;
  }

  /** Resolves once the execution is closed (for tests and tools); fails if it is not running here. */
  async waitForExecution(executionName: string): Promise<ExecutionOutcome> {
    const run = this.runs.get(executionName);
    const outcome = run ? await run.done : undefined;
    if (outcome) return outcome;
    const record = await this.describeExecution(executionName);
    if (record.status === "RUNNING") throw new Error(`execution ${executionName} is not running in this engine`);
    const { status, output, error, cause } = record;
    return status === "SUCCEEDED" ? { status, output } : { status, error: error ?? status, cause };
  }

  private assertRunning() {
    if (this.stopped) throw new Error("local Step Functions engine is stopped");
  }

  private launch(executionName: string, input: unknown, definition: Definition, resume?: ResumeFrom) {
    const run = new ExecutionRun({
      executionName,
      journal: this.journal,
      log: this.log,
      resume,
      onTimedOut: (token) => this.waiters.take(token),
    });
    this.runs.set(executionName, run);
    void run.done.then((outcome) => {
      this.runs.delete(executionName);
      if (outcome) this.log.info("execution closed", { executionName, status: outcome.status });
    });
    const handlers: Record<string, (input: unknown) => Promise<unknown>> = {};
    for (const name of this.plan.waitStates) handlers[name] = (taskInput) => this.waitTask(run, name, taskInput as LambdaRequest);
    for (const name of this.plan.invokeStates) handlers[name] = (taskInput) => run.track(this.invokeTask(taskInput as LambdaRequest));
    const machine = new StateMachine(definition as unknown as StateMachineDefinition, { validationOptions: { noValidate: true } });
    run.start(machine, input, { taskResourceLocalHandlers: handlers as never });
  }

  /** `lambda:invoke`: the result shaped like the Lambda integration's, so `OutputPath: "$.Payload"` works. */
  private async invokeTask(request: LambdaRequest) {
    // Stopping: no new work starts (a Map's other iterations may still be between states).
    if (this.stopped) throw new EngineStopped();
    return { ExecutedVersion: "$LATEST", Payload: await this.callLambda(request), StatusCode: 200 };
  }

  private async callLambda({ FunctionName, Payload }: LambdaRequest): Promise<unknown> {
    const handler = this.handlers[FunctionName];
    if (!handler) throw new TaskFailure("Lambda.ResourceNotFoundException", `no local handler for function ${FunctionName}`);
    try {
      return jsonCopy(await handler(jsonCopy(Payload)));
    } catch (error) {
      // Like the Lambda integration: the function's error type becomes the state's error name.
      const failure = error as Error;
      throw new TaskFailure(failure?.name || "Error", failure?.message ?? String(error));
    }
  }

  /**
   * `lambda:invoke.waitForTaskToken`: journal the wait, call the function with the token, then
   * block until SendTaskSuccess/Failure. The library races this against the state's TimeoutSeconds.
   */
  private waitTask(run: ExecutionRun, stateName: string, request: LambdaRequest): Promise<unknown> {
    const minted = run.takeMintedToken();
    return run.track(this.openWait(run, stateName, request, minted)).then((waiter) => waiter.promise);
  }

  private async openWait(run: ExecutionRun, stateName: string, request: LambdaRequest, minted: string | undefined): Promise<TaskWaiter> {
    await nextMacrotask();
    if (run.stopping) throw new EngineStopped();
    const { stateInput } = run.enteredState(stateName);
    const resumed = run.takeResumeTask(stateName);
    const token = resumed?.token ?? minted;
    if (!token) throw new TaskFailure("States.Runtime", `state ${stateName} does not pass $$.Task.Token`);
    const payloadRequest = resumed && minted ? (replaceToken(request, minted, resumed.token) as LambdaRequest) : request;
    const deadline = resumed?.deadline ?? new Date(Date.now() + this.plan.waitTimeoutMs(stateName)).toISOString();
    const { executionName } = run;

    // Registered before anything is awaited, so a decision racing this set-up is never lost.
    const waiter = this.waiters.register(token, executionName, Date.parse(deadline));
    run.waiting = { stateName, token };
    try {
      await run.persist(() => this.journal.openTask({ executionName, stateName, token, stateInput, deadline }));
      const settled = resumed ? await this.journal.getTask(token) : undefined;
      if (settled && settled.status !== "PENDING") {
        // Decided (or timed out) while the process was down: nothing to open again.
        this.applySettlement(token, settled);
        return waiter;
      }
      // A wait that expired while the process was down times out without reopening the task.
      if (resumed && Date.now() >= waiter.deadlineMs) return waiter;
      if (run.stopping) throw new EngineStopped();
      await this.callLambda(payloadRequest);
      return waiter;
    } catch (error) {
      this.waiters.take(token);
      run.waiting = undefined;
      if (!(error instanceof EngineStopped)) {
        const failure = error as Error;
        await this.journal.settleTask(token, { status: "FAILED", error: failure.name, cause: failure.message }).catch(() => false);
      }
      throw error;
    }
  }

  private async settle(token: string, settlement: TaskSettlement) {
    const waiter = this.waiters.get(token);
    if (waiter) {
      // The library's timer fires no earlier than this deadline: past it, the timeout path wins.
      if (Date.now() >= waiter.deadlineMs) throw new TaskTimedOut();
    } else {
      await this.assertAwaited(token);
    }
    if (!(await this.journal.settleTask(token, settlement))) throw await this.closedTaskError(token);
    this.applySettlement(token, settlement);
  }

  private applySettlement(token: string, settlement: TaskSettlement | TaskRecord) {
    if (settlement.status === "PENDING" || settlement.status === "TIMED_OUT") return;
    const waiter = this.waiters.take(token);
    if (!waiter) return;
    const run = this.runs.get(waiter.executionName);
    if (run?.waiting?.token === token) run.waiting = undefined;
    if (settlement.status === "SUCCEEDED") waiter.resolve(settlement.output);
    else waiter.reject(new TaskFailure(settlement.error ?? "States.TaskFailed", settlement.cause));
  }

  /** A token not waited on in memory is still good if its execution is journaled as waiting on it. */
  private async assertAwaited(token: string) {
    const task = await this.journal.getTask(token);
    if (!task) throw new InvalidToken();
    if (task.status !== "PENDING") throw await this.closedTaskError(token, task);
    const execution = await this.journal.getExecution(task.executionName);
    const pending = execution?.status === "RUNNING" ? execution.pendingTask : undefined;
    if (pending?.token !== token) throw new InvalidToken();
    if (Date.now() >= Date.parse(pending.deadline)) throw new TaskTimedOut();
  }

  private async closedTaskError(token: string, known?: TaskRecord): Promise<Error> {
    const task = known ?? (await this.journal.getTask(token));
    return task?.status === "TIMED_OUT" ? new TaskTimedOut() : new InvalidToken();
  }
}
