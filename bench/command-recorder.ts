import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

type Command = Parameters<DynamoDBDocumentClient["send"]>[0];
export type Recorded = { make: () => Command }[];

/**
 * Records every DynamoDB command a handler sends, so the "raw" column replays exactly those
 * operations (same commands, same inputs, same order) with no application around them.
 */
export function recordCommands(doc: DynamoDBDocumentClient) {
  const send = doc.send.bind(doc) as (command: Command, options?: unknown) => Promise<unknown>;
  let current: Recorded | undefined;
  (doc as unknown as { send: typeof send }).send = (command, options) => {
    if (current) {
      const Ctor = command.constructor as new (input: unknown) => Command;
      const input = structuredClone(command.input);
      current.push({ make: () => new Ctor(structuredClone(input)) });
    }
    return send(command, options);
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
      for (const c of recorded) await send(c.make());
    },
  };
}
