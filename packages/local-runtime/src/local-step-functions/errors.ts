/**
 * Errors named like the AWS Step Functions API's, so callers (the review service) handle the local
 * engine and the real service the same way: they switch on `error.name`.
 */
export class InvalidToken extends Error {
  constructor(message = "task token is unknown or no longer open") {
    super(message);
    this.name = "InvalidToken";
  }
}

export class TaskTimedOut extends Error {
  constructor(message = "the task waiting on this token has timed out") {
    super(message);
    this.name = "TaskTimedOut";
  }
}

export class ExecutionAlreadyExists extends Error {
  constructor(executionName: string) {
    super(`execution ${executionName} already exists with a different input or is closed`);
    this.name = "ExecutionAlreadyExists";
  }
}

export class ExecutionDoesNotExist extends Error {
  constructor(executionName: string) {
    super(`execution ${executionName} does not exist`);
    this.name = "ExecutionDoesNotExist";
  }
}

/**
 * Settles a waiting task when the engine stops. The library reads `isRetryable` / `isCatchable`,
 * so neither a Retry nor a Catch (even `States.ALL`) moves the execution on: it stays where it
 * was and resumes at the next start.
 */
export class EngineStopped extends Error {
  readonly isRetryable = false;
  readonly isCatchable = false;
  constructor() {
    super("local Step Functions engine stopped");
    this.name = "EngineStopped";
  }
}

/** A task's failure as SendTaskFailure reports it: `error` becomes the name Retry and Catch match. */
export class TaskFailure extends Error {
  constructor(error: string, cause?: string) {
    super(cause ?? error);
    this.name = error;
  }
}
