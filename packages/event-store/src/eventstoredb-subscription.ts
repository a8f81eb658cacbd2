import {
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  DeadlineExceededError,
  excludeSystemEvents,
  type KurrentDBClient,
  NotLeaderError,
  UnavailableError,
} from "@kurrent/kurrentdb-client";
import type { RecordedEvent, SubscribeOptions, Subscription } from "./event-store.ts";
import { positionAfter } from "./eventstoredb-tail.ts";

const resubscribeDelayMs = 1_000;

function isTransient(error: unknown): boolean {
  return (
    error instanceof UnavailableError ||
    error instanceof NotLeaderError ||
    error instanceof DeadlineExceededError
  );
}

/**
 * A catch-up subscription to $all without system events, handing batches to `handle` and waiting
 * for it. The server pushes events into a readable stream; a batch is the first event plus whatever
 * else is already buffered, up to `batchSize`. The client does not resubscribe after a lost
 * connection, so this does, from the last handled position.
 */
export function esdbSubscription(
  client: KurrentDBClient,
  options: SubscribeOptions,
  toRecorded: (resolved: AllStreamResolvedEvent) => RecordedEvent | undefined,
): Subscription {
  const batchSize = options.batchSize ?? 500;
  let stopping = false;
  let current: AllStreamSubscription | undefined;
  let after = options.after;

  const follow = async (): Promise<void> => {
    const subscription = client.subscribeToAll({
      fromPosition: positionAfter(after),
      filter: excludeSystemEvents(),
    });
    current = subscription;
    const iterator = subscription[Symbol.asyncIterator]();
    while (!stopping) {
      const next = await iterator.next();
      if (next.done === true) return;
      const batch: RecordedEvent[] = [];
      const add = (resolved: AllStreamResolvedEvent) => {
        const event = toRecorded(resolved);
        // Positions at or before the checkpoint were handled already (e.g. before a resubscribe).
        if (event !== undefined && (after === undefined || event.globalPosition > after)) batch.push(event);
      };
      add(next.value);
      while (batch.length < batchSize && subscription.readableLength > 0) {
        const buffered = subscription.read() as AllStreamResolvedEvent | null;
        if (buffered === null) break;
        add(buffered);
      }
      const last = batch.at(-1);
      if (last === undefined) continue;
      await options.handle(batch);
      after = last.globalPosition;
    }
  };

  const run = async (): Promise<void> => {
    while (!stopping) {
      try {
        await follow();
        if (!stopping) throw new Error("EventStoreDB ended the $all subscription unexpectedly");
      } catch (error) {
        if (stopping) return;
        if (!isTransient(error)) throw error;
        await current?.unsubscribe().catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, resubscribeDelayMs));
      }
    }
  };

  const done = run();
  return {
    done,
    async stop() {
      stopping = true;
      await current?.unsubscribe().catch(() => undefined);
      await done.catch(() => undefined);
    },
  };
}
