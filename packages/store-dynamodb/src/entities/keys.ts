import { TABLE_INDEXES, TABLE_KEYS, TTL_ATTRIBUTE } from "../table-schema.js";

export const SERVICE = "beian";

/** ElectroDB key definitions bound to the shared table schema; keys keep their case (hashes, ids). */
export const primary = <const P extends readonly string[], const S extends readonly string[] = []>(pk: P, sk: S = [] as unknown as S) => ({
  pk: { field: TABLE_KEYS.partitionKey, composite: pk, casing: "none" as const },
  sk: { field: TABLE_KEYS.sortKey, composite: sk, casing: "none" as const },
});

export const onIndex = <const N extends keyof typeof TABLE_INDEXES, const P extends readonly string[], const S extends readonly string[] = []>(
  name: N,
  pk: P,
  sk: S = [] as unknown as S,
) => ({
  index: name,
  pk: { field: TABLE_INDEXES[name].partitionKey, composite: pk, casing: "none" as const },
  sk: { field: TABLE_INDEXES[name].sortKey, composite: sk, casing: "none" as const },
});

/** DynamoDB TTL attribute (epoch seconds) for short-lived items: login links, sessions. */
export const ttlAttribute = { type: "number", field: TTL_ATTRIBUTE } as const;
