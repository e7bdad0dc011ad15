import { ConditionalCheckFailedException, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { TABLE_INDEXES } from "@beian/store-dynamodb";
import { ensureTable } from "../ensure-table.js";
import type { ExecutionJournal, ExecutionRecord, ExecutionResult, PendingTask, TaskRecord, TaskSettlement } from "./journal.js";

export interface DynamoExecutionJournalOptions {
  doc: DynamoDBDocumentClient;
  tableName: string;
  /** When given, the table is created on first use if it does not exist yet. */
  client?: DynamoDBClient;
  /**
   * Keeps one state machine's executions apart from another's in the same table (each engine resumes
   * only its own); the review's journal has none, so its existing records keep their keys.
   */
  namespace?: string;
}

const taskKey = (token: string) => ({ pk: `task#${token}`, sk: "task" });
const STATE_INDEX = TABLE_INDEXES.byState;

function strip<T>(item: Record<string, unknown>): T {
  const { pk: _pk, sk: _sk, gsi3pk: _gpk, gsi3sk: _gsk, ...rest } = item;
  return rest as T;
}

/**
 * The engine's journal in its own DynamoDB table (production key schema, so the table helpers and
 * test tables fit). Every transition is a conditional write: a token settles once, an execution
 * closes once.
 */
export class DynamoExecutionJournal implements ExecutionJournal {
  private readonly doc: DynamoDBDocumentClient;
  private readonly tableName: string;
  private readonly client?: DynamoDBClient;
  private tableReady?: Promise<void>;
  private readonly namespace: string;

  constructor(options: DynamoExecutionJournalOptions) {
    this.doc = options.doc;
    this.tableName = options.tableName;
    this.client = options.client;
    this.namespace = options.namespace ? `${options.namespace}:` : "";
  }

  private executionKey(executionName: string) {
    return { pk: `execution#${this.namespace}${executionName}`, sk: "execution" };
  }

  /** Running executions sit in the sparse `byState` index, so start-up queries them instead of scanning. */
  private get runningQueue() {
    return `local-execution#${this.namespace}RUNNING`;
  }

  private async ready(): Promise<void> {
    if (!this.client) return;
    this.tableReady ??= ensureTable(this.client, this.tableName).then(
      () => undefined,
      (error) => {
        this.tableReady = undefined;
        throw error;
      },
    );
    await this.tableReady;
  }

  async createExecution(execution: { executionName: string; input: unknown; startedAt: string }): Promise<boolean> {
    await this.ready();
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...this.executionKey(execution.executionName),
            [STATE_INDEX.partitionKey]: this.runningQueue,
            [STATE_INDEX.sortKey]: `${execution.startedAt}#${execution.executionName}`,
            ...execution,
            status: "RUNNING",
          },
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async getExecution(executionName: string): Promise<ExecutionRecord | undefined> {
    await this.ready();
    const { Item } = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: this.executionKey(executionName), ConsistentRead: true }));
    return Item ? strip<ExecutionRecord>(Item) : undefined;
  }

  async listRunning(): Promise<ExecutionRecord[]> {
    await this.ready();
    const records: ExecutionRecord[] = [];
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const page = await this.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: "byState",
          KeyConditionExpression: "#q = :q",
          ExpressionAttributeNames: { "#q": STATE_INDEX.partitionKey },
          ExpressionAttributeValues: { ":q": this.runningQueue },
          ExclusiveStartKey,
        }),
      );
      for (const item of page.Items ?? []) records.push(strip<ExecutionRecord>(item));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    // The index is eventually consistent: confirm each one is still running.
    const fresh = await Promise.all(records.map((r) => this.getExecution(r.executionName)));
    return fresh.filter((r): r is ExecutionRecord => r?.status === "RUNNING");
  }

  async enterState(executionName: string, stateName: string, stateInput: unknown): Promise<void> {
    await this.ready();
    await this.updateRunning(executionName, "SET currentState = :current REMOVE pendingTask", { ":current": { stateName, stateInput } });
  }

  async openTask(task: PendingTask): Promise<void> {
    await this.ready();
    await this.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: this.tableName,
              Key: taskKey(task.token),
              // A resumed wait re-opens its token: keep a settlement that arrived while it was down.
              UpdateExpression: "SET #status = if_not_exists(#status, :pending), executionName = :execution, stateName = :state, #token = :token",
              ExpressionAttributeNames: { "#status": "status", "#token": "token" },
              ExpressionAttributeValues: { ":pending": "PENDING", ":execution": task.executionName, ":state": task.stateName, ":token": task.token },
            },
          },
          {
            Update: {
              TableName: this.tableName,
              Key: this.executionKey(task.executionName),
              UpdateExpression: "SET pendingTask = :task",
              ConditionExpression: "#status = :running AND currentState.stateName = :state",
              ExpressionAttributeNames: { "#status": "status" },
              ExpressionAttributeValues: { ":task": task, ":running": "RUNNING", ":state": task.stateName },
            },
          },
        ],
      }),
    );
  }

  async getTask(token: string): Promise<TaskRecord | undefined> {
    await this.ready();
    const { Item } = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: taskKey(token), ConsistentRead: true }));
    return Item ? strip<TaskRecord>(Item) : undefined;
  }

  async settleTask(token: string, settlement: TaskSettlement): Promise<boolean> {
    await this.ready();
    const { status, ...details } = settlement;
    const fields = Object.entries(details).filter(([, value]) => value !== undefined);
    const sets = ["#status = :status", "settledAt = :at", ...fields.map(([name]) => `#${name} = :${name}`)];
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: taskKey(token),
          UpdateExpression: `SET ${sets.join(", ")}`,
          ConditionExpression: "#status = :pending",
          ExpressionAttributeNames: { "#status": "status", ...Object.fromEntries(fields.map(([name]) => [`#${name}`, name])) },
          ExpressionAttributeValues: {
            ":status": status,
            ":pending": "PENDING",
            ":at": new Date().toISOString(),
            ...Object.fromEntries(fields.map(([name, value]) => [`:${name}`, value])),
          },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async finishExecution(executionName: string, result: ExecutionResult): Promise<void> {
    await this.ready();
    const { status, ...details } = result;
    const fields = Object.entries(details).filter(([, value]) => value !== undefined);
    try {
      await this.updateRunning(
        executionName,
        `SET #status = :status, ${fields.map(([name]) => `#${name} = :${name}`).join(", ")} REMOVE pendingTask, #gpk, #gsk`,
        { ":status": status, ...Object.fromEntries(fields.map(([name, value]) => [`:${name}`, value])) },
        { "#gpk": STATE_INDEX.partitionKey, "#gsk": STATE_INDEX.sortKey, ...Object.fromEntries(fields.map(([name]) => [`#${name}`, name])) },
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  private async updateRunning(executionName: string, update: string, values: Record<string, unknown>, names: Record<string, string> = {}) {
    await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: this.executionKey(executionName),
        UpdateExpression: update,
        ConditionExpression: "#status = :running",
        ExpressionAttributeNames: { "#status": "status", ...names },
        ExpressionAttributeValues: { ":running": "RUNNING", ...values },
      }),
    );
  }
}
