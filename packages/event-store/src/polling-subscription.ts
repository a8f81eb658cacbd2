import { isBzError } from "@bz/errors";
import type { RecordedEvent, SubscribeOptions, Subscription } from "./event-store.ts";

// After a lost connection the next poll waits at least this long, so an outage is not hammered.
const retryDelayMs = 1_000;

/** What a polling subscription needs from its store. */
export interface PollingSource {
  readAll(options: { after?: bigint; maxCount: number }): Promise<RecordedEvent[]>;
  /** Resolves at the next local append or after `ms`, whichever comes first. */
  waitForAppend(ms: number): Promise<void>;
}

/**
 * A catch-up subscription by reading pages of the global order: every page is handed to `handle`
 * and awaited before the next read, so order and exactly-once delivery follow from the store's
 * gap-free global positions. When a read comes back empty it waits for a local append or the poll
 * interval (an append by another process is seen within one interval). Reads that fail with
 * a retryable error (STORE_UNAVAILABLE, STORE_BUSY) are retried; `handle` failures and other errors end the subscription.
 */
export function pollingSubscription(
  source: PollingSource,
  options: SubscribeOptions,
  pollIntervalMs: number,
): Subscription {
  const batchSize = options.batchSize ?? 500;
  let stopping = false;
  let wakeStop: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => {
    wakeStop = resolve;
  });

  const run = async (): Promise<void> => {
    let after = options.after;
    while (!stopping) {
      let events: RecordedEvent[];
      try {
        events = await source.readAll({ ...(after === undefined ? {} : { after }), maxCount: batchSize });
      } catch (error) {
        // A dropped connection is retried from the same position (the pool reconnects); anything
        // else ends the subscription with the error.
        if (!isBzError(error) || !error.retryable) throw error;
        await Promise.race([
          new Promise((resolve) => setTimeout(resolve, Math.max(pollIntervalMs, retryDelayMs))),
          stopped,
        ]);
        continue;
      }
      const last = events.at(-1);
      if (last === undefined) {
        await Promise.race([source.waitForAppend(pollIntervalMs), stopped]);
        continue;
      }
      await options.handle(events);
      after = last.globalPosition;
    }
  };

  const done = run();
  return {
    done,
    async stop() {
      stopping = true;
      wakeStop();
      // A failed subscription is stopped too; its error belongs to whoever awaits `done`.
      await done.catch(() => undefined);
    },
  };
}
