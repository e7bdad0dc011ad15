import type { ItemChange } from "@beian/core";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import type { BeianService } from "./beian-service.js";

/** A DynamoDB stream record as both Lambda's event and the Streams API's GetRecords give it. */
export interface StreamRecordLike {
  eventID?: string;
  dynamodb?: { OldImage?: Record<string, unknown>; NewImage?: Record<string, unknown> };
}

type Value = Record<string, unknown>;

/**
 * The Streams API client reads an empty map attribute ({"M":{}}) back as a value with no type ({}),
 * which unmarshall refuses; a Lambda event keeps it. A typeless value can only be that empty map.
 */
function repairEmptyMaps(value: Value): Value {
  const keys = Object.keys(value);
  if (keys.length === 0) return { M: {} };
  if (value.M && typeof value.M === "object") return { M: repairImage(value.M as Record<string, Value>) };
  if (Array.isArray(value.L)) return { L: (value.L as Value[]).map(repairEmptyMaps) };
  return value;
}
const repairImage = (image: Record<string, Value>) => Object.fromEntries(Object.entries(image).map(([k, v]) => [k, repairEmptyMaps(v)]));

/**
 * Decodes a stream record into a domain item change: the images are raw attributes, read back
 * through the ElectroDB entity they were written by (named on the item), so core sees items as its
 * stores return them. Records of anything not written by an entity are skipped.
 */
export function streamDecoder(db: BeianService) {
  const byName = new Map(Object.values(db.entities).map((entity) => [(entity as unknown as { model: { entity: string } }).model.entity, entity as unknown as { parse(input: { Item: unknown }): { data: unknown } }]));
  const decode = (image?: Record<string, unknown>) =>
    image ? (unmarshall(repairImage(image as Record<string, Value>) as unknown as Parameters<typeof unmarshall>[0]) as Record<string, unknown>) : undefined;
  return (record: StreamRecordLike): ItemChange | undefined => {
    const before = decode(record.dynamodb?.OldImage);
    const after = decode(record.dynamodb?.NewImage);
    const name = (after ?? before)?.__edb_e__;
    const entity = typeof name === "string" ? byName.get(name) : undefined;
    if (!entity || !record.eventID) return undefined;
    return { changeId: record.eventID, entity: name as string, old: before && entity.parse({ Item: before }).data, new: after && entity.parse({ Item: after }).data };
  };
}

export type StreamDecoder = ReturnType<typeof streamDecoder>;
