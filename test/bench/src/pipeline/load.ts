// Load generators: a closed loop that keeps the pipeline's lag under a bound (G1: the most it
// sustains), and an open loop at a fixed rate that never waits for the system (G2, G4, G6).
import type { CareEvent } from "@bz/contracts";
import type { OutgoingRecord } from "@bz/event-log";
import type { CareSimulation } from "@bz/simulation";
import type { Pipeline } from "./pipeline.ts";
import { byTopic } from "./workload.ts";

/** What a load generator needs of a pipeline: where to send, and how far projection got. */
export type LoadTarget = Pick<Pipeline, "producer" | "topicOf" | "projected">;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Follows the projection's checkpoint in the background (every `everyMs`). */
export function followProjection(pipeline: LoadTarget, everyMs = 100) {
  let projected = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      projected = await pipeline.projected();
      await sleep(everyMs);
    }
  })();
  return {
    projected: () => projected,
    async stop() {
      stopped = true;
      await loop;
    },
  };
}

/** Sends `events` to their partners' topics; resolves when the log acknowledged them all. */
export async function sendEvents(pipeline: LoadTarget, events: CareEvent[]): Promise<void> {
  await Promise.all(
    [...byTopic(events, pipeline.topicOf)].map(([topic, records]) => pipeline.producer.send(topic, records)),
  );
}

/**
 * One send in flight per topic, records that arrive meanwhile coalesced into the next send. The
 * Kafka adapter's idempotent producer fails concurrent sends to one partition with
 * OUT_OF_ORDER_SEQUENCE_NUMBER, so an open loop must not overlap them.
 */
function topicSender(pipeline: LoadTarget) {
  const queues = new Map<
    string,
    { records: OutgoingRecord[]; waiters: { ok(): void; fail(e: unknown): void }[] }
  >();
  const busy = new Set<string>();
  const pump = async (topic: string) => {
    busy.add(topic);
    const queue = queues.get(topic);
    while (queue !== undefined && queue.records.length > 0) {
      const records = queue.records.splice(0, queue.records.length);
      const waiters = queue.waiters.splice(0, queue.waiters.length);
      try {
        await pipeline.producer.send(topic, records);
        for (const waiter of waiters) waiter.ok();
      } catch (error) {
        for (const waiter of waiters) waiter.fail(error);
      }
    }
    busy.delete(topic);
  };
  return (events: CareEvent[]): Promise<void> =>
    Promise.all(
      [...byTopic(events, pipeline.topicOf)].map(
        ([topic, records]) =>
          new Promise<void>((ok, fail) => {
            let queue = queues.get(topic);
            if (queue === undefined) {
              queue = { records: [], waiters: [] };
              queues.set(topic, queue);
            }
            queue.records.push(...records);
            queue.waiters.push({ ok, fail });
            if (!busy.has(topic)) void pump(topic);
          }),
      ),
    ).then(() => undefined);
}

/**
 * Produces as fast as the pipeline absorbs: a batch is sent only while produced − projected stays
 * under `maxLag`, so the rate measured over a window is the rate the whole pipeline sustains.
 */
export function closedLoop(options: {
  pipeline: LoadTarget;
  simulation: CareSimulation;
  maxLag: number;
  batch?: number;
}) {
  const follower = followProjection(options.pipeline, 50);
  const batch = options.batch ?? 500;
  let produced = 0;
  let maxLag = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const lag = produced - follower.projected();
      maxLag = Math.max(maxLag, lag);
      if (lag + batch > options.maxLag) {
        await sleep(10);
        continue;
      }
      const now = new Date();
      const events = Array.from({ length: batch }, () => options.simulation.nextEvent(now));
      await sendEvents(options.pipeline, events);
      produced += batch;
    }
  })();
  return {
    produced: () => produced,
    projected: () => follower.projected(),
    /** The largest lag seen since the last call. */
    takeMaxLag() {
      const seen = maxLag;
      maxLag = 0;
      return seen;
    },
    async stop() {
      stopped = true;
      await loop;
      await follower.stop();
    },
  };
}

/**
 * Sends at a fixed `rate` for `durationMs`: event i is due at start + i/rate, and each tick sends
 * everything due, without waiting for earlier sends (so a slow system cannot slow the schedule:
 * no coordinated omission). `onScheduled` gets each event with its intended send time.
 */
export function openLoop(options: {
  pipeline: LoadTarget;
  simulation: CareSimulation;
  rate: number;
  durationMs: number;
  tickMs?: number;
  /** The event due at `index`; default the simulation's next event. */
  eventFor?: (index: number, at: Date) => CareEvent;
  onScheduled?: (event: CareEvent, scheduledAt: number) => void;
  /** Called when the log acknowledged a send, with its events. */
  onAcknowledged?: (events: CareEvent[]) => void;
}) {
  const tickMs = options.tickMs ?? 5;
  const started = performance.now();
  const total = Math.floor((options.durationMs / 1000) * options.rate);
  let due = 0;
  let acknowledged = 0;
  const errors: unknown[] = [];
  const inFlight = new Set<Promise<void>>();
  const send = topicSender(options.pipeline);
  const done = (async () => {
    while (due < total) {
      const now = performance.now();
      const owed = Math.min(total, Math.floor(((now - started) / 1000) * options.rate)) - due;
      if (owed > 0) {
        const at = new Date();
        const events: CareEvent[] = [];
        for (let i = 0; i < owed; i++) {
          const index = due + i;
          const scheduledAt = started + (index * 1000) / options.rate;
          const event = options.eventFor?.(index, at) ?? options.simulation.nextEvent(at);
          options.onScheduled?.(event, scheduledAt);
          events.push(event);
        }
        due += owed;
        const sending = send(events).then(
          () => {
            acknowledged += events.length;
            options.onAcknowledged?.(events);
          },
          (error: unknown) => {
            errors.push(error);
          },
        );
        inFlight.add(sending);
        void sending.finally(() => inFlight.delete(sending));
      }
      await sleep(tickMs);
    }
    await Promise.all([...inFlight]);
    if (errors.length > 0) throw new Error(`${errors.length} sends failed: ${String(errors[0])}`);
    return { sent: due, acknowledged, seconds: (performance.now() - started) / 1000 };
  })();
  return { done, due: () => due, started };
}
