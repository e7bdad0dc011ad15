export { LocalStepFunctions, type LambdaHandler, type LocalStepFunctionsOptions } from "./local-step-functions.js";
export { DynamoExecutionJournal, type DynamoExecutionJournalOptions } from "./dynamo-journal.js";
export type {
  ExecutionJournal,
  ExecutionOutcome,
  ExecutionRecord,
  ExecutionResult,
  ExecutionStatus,
  PendingTask,
  TaskRecord,
  TaskSettlement,
  TaskStatus,
} from "./journal.js";
export { ExecutionAlreadyExists, ExecutionDoesNotExist, InvalidToken, TaskTimedOut } from "./errors.js";
export { MAX_TIMEOUT_SECONDS } from "./definition-plan.js";
