/**
 * What the local engine must remember to survive a restart: each execution, the state it last
 * entered with that state's raw input, and every task token it handed out. Tokens outlive the
 * process because the domain stores them and emailed links lead to them.
 */
export type ExecutionStatus = "RUNNING" | "SUCCEEDED" | "FAILED" | "TIMED_OUT";

export type TaskStatus = "PENDING" | "SUCCEEDED" | "FAILED" | "TIMED_OUT";

/** A `.waitForTaskToken` state waiting for SendTaskSuccess / SendTaskFailure. */
export interface PendingTask {
  executionName: string;
  stateName: string;
  token: string;
  /** The state's input before InputPath/Parameters: a resume runs the state again from it. */
  stateInput: unknown;
  /** When the state's TimeoutSeconds runs out (ISO); a resumed wait keeps the original deadline. */
  deadline: string;
}

export interface ExecutionRecord {
  executionName: string;
  input: unknown;
  status: ExecutionStatus;
  startedAt: string;
  stoppedAt?: string;
  output?: unknown;
  error?: string;
  cause?: string;
  /** The top-level state last entered and its raw input: where a resume starts. */
  currentState?: { stateName: string; stateInput: unknown };
  /** Set while the current state waits on a task token. */
  pendingTask?: PendingTask;
}

export interface TaskRecord {
  token: string;
  executionName: string;
  stateName: string;
  status: TaskStatus;
  output?: unknown;
  error?: string;
  cause?: string;
}

export type TaskSettlement =
  | { status: "SUCCEEDED"; output: unknown }
  | { status: "FAILED"; error: string; cause?: string }
  | { status: "TIMED_OUT" };

/** How a closed execution ended. */
export type ExecutionOutcome = { status: "SUCCEEDED"; output: unknown } | { status: "FAILED" | "TIMED_OUT"; error: string; cause?: string };

export type ExecutionResult = ExecutionOutcome & { stoppedAt: string };

export interface ExecutionJournal {
  /** Records a new RUNNING execution; false when the name is already taken. */
  createExecution(execution: { executionName: string; input: unknown; startedAt: string }): Promise<boolean>;
  getExecution(executionName: string): Promise<ExecutionRecord | undefined>;
  listRunning(): Promise<ExecutionRecord[]>;
  /** Moves the checkpoint to a newly entered state and forgets the previous wait. */
  enterState(executionName: string, stateName: string, stateInput: unknown): Promise<void>;
  /** Records the token as PENDING (keeping any settlement it already has) and the wait on its execution. */
  openTask(task: PendingTask): Promise<void>;
  getTask(token: string): Promise<TaskRecord | undefined>;
  /** Settles a PENDING token; false when the token is unknown or already settled. */
  settleTask(token: string, settlement: TaskSettlement): Promise<boolean>;
  /** Closes a RUNNING execution; a no-op when it is already closed. */
  finishExecution(executionName: string, result: ExecutionResult): Promise<void>;
}
