import { DescribeTableCommand, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DescribeStreamCommand, DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand, type _Record } from "@aws-sdk/client-dynamodb-streams";
import type { ItemChange, KeepResult, Logger } from "@beian/core";
import type { StreamRecordLike } from "@beian/store-dynamodb";

interface ShardState {
  iterator?: string;
  /** Last record applied: a lost or expired iterator resumes after it. */
  lastSeq?: string;
  closed?: boolean;
}

export interface LocalFigureStreamOptions {
  client: DynamoDBClient;
  streams: DynamoDBStreamsClient;
  tableName: string;
  decode: (record: StreamRecordLike) => ItemChange | undefined;
  keep: (change: ItemChange) => Promise<KeepResult>;
  log: Logger;
}

/**
 * The local stand-in for the stream's Lambda trigger: reads the table's stream (DynamoDB Local
 * serves the same Streams API) shard by shard, in order, and hands each change to the same core
 * code the AWS handler calls. A record is passed only once applied; a failure leaves the shard at
 * that record for the next poll. Re-reading after a restart is harmless: applied changes are marked.
 */
export class LocalFigureStream {
  private readonly shards = new Map<string, ShardState>();
  private streamArn?: string;
  private running: Promise<number> = Promise.resolve(0);

  constructor(private readonly options: LocalFigureStreamOptions) {}

  /** One pass over every shard; resolves to the number of records read. Passes never overlap. */
  poll(): Promise<number> {
    const next = this.running.catch(() => 0).then(() => this.pass());
    this.running = next;
    return next;
  }

  /** Polls until a pass reads nothing: every change written before the call is in the figures. */
  async drain(): Promise<void> {
    while ((await this.poll()) > 0);
  }

  private async pass(): Promise<number> {
    const { streams } = this.options;
    this.streamArn ??= (await this.options.client.send(new DescribeTableCommand({ TableName: this.options.tableName }))).Table?.LatestStreamArn;
    if (!this.streamArn) return 0;
    const description = await streams.send(new DescribeStreamCommand({ StreamArn: this.streamArn }));
    let read = 0;
    for (const shard of description.StreamDescription?.Shards ?? []) {
      const state = this.shards.get(shard.ShardId!) ?? {};
      this.shards.set(shard.ShardId!, state);
      if (state.closed) continue;
      state.iterator ??= (
        await streams.send(
          new GetShardIteratorCommand({
            StreamArn: this.streamArn,
            ShardId: shard.ShardId,
            ...(state.lastSeq ? { ShardIteratorType: "AFTER_SEQUENCE_NUMBER", SequenceNumber: state.lastSeq } : { ShardIteratorType: "TRIM_HORIZON" }),
          }),
        )
      ).ShardIterator;
      read += await this.readShard(state);
    }
    return read;
  }

  private async readShard(state: ShardState): Promise<number> {
    let read = 0;
    while (state.iterator) {
      let page;
      try {
        page = await this.options.streams.send(new GetRecordsCommand({ ShardIterator: state.iterator, Limit: 1000 }));
      } catch (error) {
        // An expired iterator is recreated after the last applied record on the next pass.
        state.iterator = undefined;
        if ((error as Error).name === "ExpiredIteratorException") return read;
        throw error;
      }
      const records = page.Records ?? [];
      for (const record of records) {
        try {
          await this.apply(record);
        } catch (error) {
          state.iterator = undefined;
          this.options.log.error("figure stream: change not applied, retried on the next poll", { eventId: record.eventID, error: String(error) });
          throw error;
        }
        state.lastSeq = record.dynamodb?.SequenceNumber;
      }
      read += records.length;
      if (!page.NextShardIterator) state.closed = true;
      state.iterator = page.NextShardIterator;
      if (records.length === 0) break;
    }
    return read;
  }

  private async apply(record: _Record) {
    const change = this.options.decode(record as StreamRecordLike);
    if (change) await this.options.keep(change);
  }
}

export const streamsClientFor = (endpoint: string) => new DynamoDBStreamsClient({ endpoint, region: "local", credentials: { accessKeyId: "local", secretAccessKey: "local" } });
