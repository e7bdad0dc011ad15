import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { awsFigureKeeping, readEnvConfig } from "@beian/aws-adapters";
import { beianService, streamDecoder, type StreamDecoder, type StreamRecordLike } from "@beian/store-dynamodb";
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from "aws-lambda";

let decode: StreamDecoder | undefined;

/**
 * The table's stream (new and old images) → report figures: each record's change is applied once
 * (a redelivered record finds its mark and changes nothing). Records are handled in order; the
 * first that fails is reported, so the shard is retried from it and nothing after it is skipped.
 */
export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const figures = awsFigureKeeping();
  // The entities only decode images here; the client is never called.
  decode ??= streamDecoder(beianService(DynamoDBDocumentClient.from(new DynamoDBClient({})), readEnvConfig().tableName));
  for (const record of event.Records) {
    try {
      const change = decode(record as StreamRecordLike);
      if (change) await figures.keeper.keep(change);
    } catch (error) {
      figures.deps.log.error("figure stream: change not applied", { eventId: record.eventID, error: String(error) });
      return { batchItemFailures: [{ itemIdentifier: record.dynamodb?.SequenceNumber ?? "" }] };
    }
  }
  return { batchItemFailures: [] };
}
