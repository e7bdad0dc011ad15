import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

type Command = Parameters<DynamoDBDocumentClient["send"]>[0];
/** `failed`: the original send threw (a guarded conditional write); its replay may throw too. */
export type Recorded = { make: () => Command; failed?: boolean }[];

/**
 * Records every DynamoDB command a handler sends, so the "raw" column replays exactly those
 * operations (same commands, same inputs, same order) with no application around them.
 */
export function recordCommands(doc: DynamoDBDocumentClient) {
  const send = doc.send.bind(doc) as (command: Command, options?: unknown) => Promise<unknown>;
  let current: Recorded | undefined;
  (doc as unknown as { send: typeof send }).send = (command, options) => {
    if (!current) return send(command, options);
    const Ctor = command.constructor as new (input: unknown) => Command;
    const input = structuredClone(command.input);
    const entry: Recorded[number] = { make: () => new Ctor(structuredClone(input)) };
    current.push(entry);
    return send(command, options).catch((error: unknown) => {
      entry.failed = true;
      throw error;
    });
  };
  return {
    async during(run: () => Promise<void>): Promise<Recorded> {
      const recorded: Recorded = [];
      current = recorded;
      try {
        await run();
      } finally {
        current = undefined;
      }
      return recorded;
    },
    async replay(recorded: Recorded): Promise<void> {
      for (const c of recorded) {
        try {
          await send(c.make());
        } catch (error) {
          if (!c.failed) throw error;
        }
      }
    },
  };
}

/** The same commands aimed at another table: `TableName` values and batch `RequestItems` keys rewritten, Sets kept. */
export function retarget(recorded: Recorded, from: string, to: string): Recorded {
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value instanceof Set || value instanceof Uint8Array || value === null || typeof value !== "object") return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k === from ? to : k, k === "TableName" && v === from ? to : rewrite(v)]));
  };
  return recorded.map((c) => ({
    failed: c.failed,
    make: () => {
      const command = c.make();
      const Ctor = command.constructor as new (input: unknown) => typeof command;
      return new Ctor(rewrite(command.input));
    },
  }));
}
