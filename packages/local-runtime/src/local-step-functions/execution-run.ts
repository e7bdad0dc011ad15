import type { Logger } from "@beian/core";
import type { StateMachine } from "aws-local-stepfunctions";
import type { ExecutionJournal, ExecutionOutcome, ExecutionResult, PendingTask } from "./journal.js";
import { mintTaskToken } from "./task-token.js";

type RunOptions = NonNullable<Parameters<StateMachine["run"]>[1]>;
type Overrides = NonNullable<RunOptions["overrides"]>;
type EventLogs = ReturnType<StateMachine["run"]>["eventLogs"];

export interface ResumeFrom {
  /** The journaled state the execution was in. */
  state?: string;
  /** Its wait, re-opened with the original token. */
  task?: PendingTask;
}

export interface ExecutionRunOptions {
  executionName: string;
  journal: ExecutionJournal;
  log: Logger;
  resume?: ResumeFrom;
  /** Drops the in-memory wait of a token whose state timed out. */
  onTimedOut: (token: string) => void;
}

const causeText = (cause: unknown) => (cause === undefined || typeof cause === "string" ? cause : JSON.stringify(cause));

/**
 * One execution running in this process: its library run, the checkpoint it writes as it enters
 * states, the token `$$.Task.Token` mints for the current attempt, and the wait it is blocked on.
 */
export class ExecutionRun {
  private entered?: { stateName: string; stateInput: unknown };
  private minted?: string;
  private writes: Promise<void> = Promise.resolve();
  private abortRun?: () => void;
  private readonly setups = new Set<Promise<unknown>>();
  private finish!: (outcome: ExecutionOutcome | undefined) => void;
  /** The outcome once closed and journaled; undefined when the engine stopped it. */
  readonly done = new Promise<ExecutionOutcome | undefined>((resolve) => (this.finish = resolve));
  /** The wait the execution is blocked on, so a States.Timeout can close its token. */
  waiting?: { stateName: string; token: string };
  stopping = false;

  readonly executionName: string;
  private readonly journal: ExecutionJournal;
  private readonly log: Logger;
  private readonly onTimedOut: (token: string) => void;
  private resumeTask?: PendingTask;
  /** The journaled state a resume starts at: entering it again must not forget its wait. */
  private resumedState?: string;

  constructor(options: ExecutionRunOptions) {
    this.executionName = options.executionName;
    this.journal = options.journal;
    this.log = options.log;
    this.onTimedOut = options.onTimedOut;
    this.resumeTask = options.resume?.task;
    this.resumedState = options.resume?.state;
  }

  /** The Context Object: one token per task attempt, minted when Parameters read `$$.Task.Token`. */
  private context() {
    const run = this;
    return {
      Execution: { Id: `local:execution:${this.executionName}`, Name: this.executionName },
      Task: {
        get Token() {
          return (run.minted ??= mintTaskToken());
        },
      },
    };
  }

  start(machine: StateMachine, input: unknown, overrides: Overrides): void {
    // The library calls the first task handler before run() returns: all fields are set by now.
    const execution = machine.run(input as never, { context: this.context(), overrides, noThrowOnAbort: true });
    this.abortRun = execution.abort;
    // The event log reports how the execution ended; the result's rejection carries nothing more.
    execution.result.catch(() => undefined);
    void this.consume(execution.eventLogs);
  }

  /** Called synchronously by a task handler: the token minted for this attempt, cleared for the next. */
  takeMintedToken(): string | undefined {
    const token = this.minted;
    this.minted = undefined;
    return token;
  }

  /** The stored wait, once, if the resume started at this state. */
  takeResumeTask(stateName: string): PendingTask | undefined {
    const task = this.resumeTask?.stateName === stateName ? this.resumeTask : undefined;
    this.resumeTask = undefined;
    return task;
  }

  /**
   * The raw input of the state a handler runs for. The event log reports it, but asynchronously:
   * handlers call this after a macrotask, when every queued event has been consumed.
   */
  enteredState(stateName: string): { stateName: string; stateInput: unknown } {
    if (this.entered?.stateName !== stateName) throw new Error(`event log has not reported entering ${stateName} (last: ${this.entered?.stateName})`);
    return this.entered;
  }

  /** Journal writes run in event order; the caller may await its own one, failures are logged. */
  persist<T>(write: () => Promise<T>): Promise<T> {
    const result = this.writes.then(write);
    this.writes = result.then(
      () => undefined,
      (error) => this.log.error("execution journal write failed", { executionName: this.executionName, error: String(error) }),
    );
    return result;
  }

  /** Task handler set-up work (journal, Lambda call) that stop() lets finish before settling waits. */
  track<T>(setup: Promise<T>): Promise<T> {
    this.setups.add(setup);
    const forget = () => this.setups.delete(setup);
    setup.then(forget, forget);
    return setup;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.abortRun?.();
    await Promise.allSettled([...this.setups]);
  }

  private async consume(events: EventLogs): Promise<void> {
    let outcome: ExecutionOutcome | undefined;
    try {
      for await (const event of events) {
        switch (event.type) {
          case "StateEntered": {
            // A state inside a Map iteration: the checkpoint stays on the Map, which a resume runs again as a whole.
            if (event.index !== undefined) break;
            const entered = { stateName: event.state.name, stateInput: event.state.input };
            this.entered = entered;
            const alreadyJournaled = entered.stateName === this.resumedState;
            this.resumedState = undefined;
            if (!alreadyJournaled) void this.persist(() => this.journal.enterState(this.executionName, entered.stateName, entered.stateInput));
            break;
          }
          case "StateFailed":
            if (event.Error === "States.Timeout" && this.waiting?.stateName === event.state.name) {
              const { token } = this.waiting;
              this.waiting = undefined;
              this.onTimedOut(token);
              void this.persist(() => this.journal.settleTask(token, { status: "TIMED_OUT" }));
            }
            break;
          case "ExecutionSucceeded":
            outcome = { status: "SUCCEEDED", output: event.output };
            break;
          case "ExecutionFailed":
            outcome = { status: "FAILED", error: event.Error, cause: causeText(event.Cause) };
            break;
          case "ExecutionTimeout":
            outcome = { status: "TIMED_OUT", error: "States.Timeout", cause: "execution timed out" };
            break;
          case "ExecutionAborted":
            outcome = undefined;
            break;
        }
      }
    } catch (error) {
      this.log.error("execution event log failed", { executionName: this.executionName, error: String(error) });
    }
    if (outcome && !this.stopping) {
      const closed: ExecutionResult = { ...outcome, stoppedAt: new Date().toISOString() };
      void this.persist(() => this.journal.finishExecution(this.executionName, closed));
    }
    await this.writes;
    this.finish(this.stopping ? undefined : outcome);
  }
}
