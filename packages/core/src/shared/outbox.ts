import type { Clock, Logger, Mail, Mailer, TxWrite } from "./ports.js";

/**
 * Something that must happen because a write committed (start a review, send a mail). It is
 * recorded in that write's transaction and carried out afterwards, retried until it succeeds, so a
 * process killed between "commit" and "act" loses nothing. Handlers must be idempotent.
 */
export interface OutboxEvent {
  eventId: string;
  type: string;
  payload: Record<string, unknown>;
  createdAt: string;
}

export interface OutboxStore {
  record(event: OutboxEvent): TxWrite;
  /** Pending events, oldest first (a bounded page). */
  listPending(limit: number): Promise<(OutboxEvent & { leaseUntil?: string; attempts?: number })[]>;
  /** Takes an event for one runner until `leaseUntil` if its lease ends by `now`; false if it is done or held. */
  claim(eventId: string, now: string, leaseUntil: string): Promise<boolean>;
  complete(eventId: string): Promise<void>;
  /** Leaves the event for a later attempt, not before `retryAt`. */
  release(eventId: string, error: string, retryAt: string): Promise<void>;
}

export type EffectHandler = (payload: Record<string, unknown>) => Promise<void>;

const LEASE_MS = 120_000;
const PAGE = 100;
/** Backoff after a failed attempt: 30 s, 1 min, 2 min … capped at 30 min. */
const retryDelay = (attempts: number) => Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 1_800_000);

export interface EffectsDeps {
  outbox: OutboxStore;
  clock: Clock;
  log: Logger;
  newId: () => string;
}

/**
 * The outbox's two sides: `event` makes what a transaction records, `run` carries out the events a
 * request just committed (at once, best effort), `sweep` retries every one still pending. Each
 * capability registers the handlers of its own event types with `on`.
 */
export function effects(deps: EffectsDeps) {
  const { outbox, clock, log, newId } = deps;
  const handlers = new Map<string, EffectHandler>();

  async function attempt(event: OutboxEvent, attempts = 0, leasedBefore?: string): Promise<boolean> {
    const handler = handlers.get(event.type);
    const now = clock.now();
    if (!handler) {
      log.error("no handler for outbox event; left pending", { type: event.type, eventId: event.eventId });
      return false;
    }
    if (!(await outbox.claim(event.eventId, leasedBefore ?? now.toISOString(), new Date(now.getTime() + LEASE_MS).toISOString()))) return false;
    try {
      await handler(event.payload);
    } catch (error) {
      const retryAt = new Date(clock.now().getTime() + retryDelay(attempts + 1)).toISOString();
      log.warn("outbox event failed; will retry", { type: event.type, eventId: event.eventId, retryAt, error: String(error) });
      await outbox.release(event.eventId, String(error), retryAt).catch(() => undefined);
      return false;
    }
    await outbox.complete(event.eventId);
    return true;
  }

  return {
    on(type: string, handler: EffectHandler) {
      if (handlers.has(type)) throw new Error(`outbox handler for ${type} registered twice`);
      handlers.set(type, handler);
    },

    event(type: string, payload: Record<string, unknown>): OutboxEvent {
      return { eventId: newId(), type, payload, createdAt: clock.now().toISOString() };
    },

    mail(mail: Mail): OutboxEvent {
      return this.event(MAIL_EVENT, { ...mail });
    },

    record: (event: OutboxEvent) => outbox.record(event),

    /** Carries out events right after their transaction committed; what fails stays for the sweep. */
    async run(events: OutboxEvent[]): Promise<void> {
      for (const event of events) {
        await attempt(event).catch((error) => log.error("outbox event not run", { type: event.type, eventId: event.eventId, error: String(error) }));
      }
    },

    /**
     * Carries out every pending event whose lease or retry time has passed; returns how many
     * succeeded. `reclaim` takes leases over too: for a process that knows no other one runs (the
     * local runtime starting after a kill), a lease can only be its dead predecessor's.
     */
    async sweep(options: { reclaim?: boolean } = {}): Promise<number> {
      const now = clock.now().toISOString();
      let done = 0;
      for (const event of await outbox.listPending(PAGE)) {
        const leased = event.leaseUntil && event.leaseUntil > now;
        if (leased && !options.reclaim) continue;
        if (await attempt(event, event.attempts ?? 0, leased ? event.leaseUntil : undefined).catch(() => false)) done++;
      }
      return done;
    },
  };
}

export type Effects = ReturnType<typeof effects>;

export const MAIL_EVENT = "mail";

/** Mail recorded with a write is sent by this handler; a mail is small and fully rendered at commit. */
export function registerMailEffect(fx: Effects, mailer: Mailer) {
  fx.on(MAIL_EVENT, (payload) => mailer.send(payload as unknown as Mail));
}
