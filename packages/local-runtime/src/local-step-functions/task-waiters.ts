/** One `.waitForTaskToken` state waiting in memory for SendTaskSuccess / SendTaskFailure. */
export interface TaskWaiter {
  executionName: string;
  deadlineMs: number;
  promise: Promise<unknown>;
  resolve(output: unknown): void;
  reject(error: Error): void;
}

/** The in-memory side of task tokens: token → the promise its Task state is blocked on. */
export class TaskWaiters {
  private readonly waiters = new Map<string, TaskWaiter>();

  register(token: string, executionName: string, deadlineMs: number): TaskWaiter {
    const existing = this.waiters.get(token);
    if (existing) return existing;
    let resolve!: (output: unknown) => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<unknown>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    // The Task state's own handler receives the rejection; a failure settled while the library is
    // between awaits must not also surface as an unhandled rejection of this deferred.
    promise.catch(() => undefined);
    const waiter: TaskWaiter = { executionName, deadlineMs, promise, resolve, reject };
    this.waiters.set(token, waiter);
    return waiter;
  }

  get(token: string): TaskWaiter | undefined {
    return this.waiters.get(token);
  }

  take(token: string): TaskWaiter | undefined {
    const waiter = this.waiters.get(token);
    this.waiters.delete(token);
    return waiter;
  }

  takeAll(): TaskWaiter[] {
    const all = [...this.waiters.values()];
    this.waiters.clear();
    return all;
  }
}
