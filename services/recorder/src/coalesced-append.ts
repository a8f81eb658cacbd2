import type { StreamAppend } from "@bz/event-store";

/** Most events one coalesced append carries; more wait for the next. */
const defaultMaxEvents = 5_000;

interface Waiting {
  shares: StreamAppend[];
  events: number;
  ok(): void;
  fail(error: unknown): void;
}

/**
 * Group commit for the store: appends asked for while one is in flight wait, and go to the store
 * together in the next call, one statement for what several partitions' batches brought. Each
 * caller's promise settles when its own events are stored. When a call that carried several
 * callers fails, each caller's shares are tried again alone, so a refused event fails only the
 * batch it came in (the recorder then narrows that batch down). Shares with an expected revision
 * are never merged with others.
 */
export function coalescedAppender(
  appendBatch: (shares: StreamAppend[]) => Promise<unknown>,
  options: { maxEvents?: number } = {},
): (shares: StreamAppend[]) => Promise<void> {
  const maxEvents = options.maxEvents ?? defaultMaxEvents;
  const queue: Waiting[] = [];
  let running = false;

  const takeGroup = (): Waiting[] => {
    const first = queue.shift();
    if (first === undefined) return [];
    const group = [first];
    if (first.shares.some((share) => share.expectedRevision !== undefined)) return group;
    let events = first.events;
    while (queue.length > 0) {
      const next = queue[0];
      if (next === undefined || events + next.events > maxEvents) break;
      if (next.shares.some((share) => share.expectedRevision !== undefined)) break;
      group.push(next);
      events += next.events;
      queue.shift();
    }
    return group;
  };

  const pump = async () => {
    running = true;
    try {
      for (let group = takeGroup(); group.length > 0; group = takeGroup()) {
        try {
          await appendBatch(group.length === 1 ? (group[0]?.shares ?? []) : merged(group));
          for (const waiting of group) waiting.ok();
        } catch (error) {
          if (group.length === 1) {
            group[0]?.fail(error);
            continue;
          }
          for (const waiting of group) {
            await appendBatch(waiting.shares).then(waiting.ok, waiting.fail);
          }
        }
      }
    } finally {
      running = false;
    }
  };

  return (shares) =>
    new Promise<void>((ok, fail) => {
      queue.push({ shares, events: shares.reduce((n, share) => n + share.events.length, 0), ok, fail });
      if (!running) void pump();
    });
}

/** The shares of several callers as one batch: a stream's events in the order the callers came. */
function merged(group: readonly Waiting[]): StreamAppend[] {
  const byStream = new Map<string, StreamAppend>();
  for (const waiting of group) {
    for (const share of waiting.shares) {
      const kept = byStream.get(share.streamId);
      if (kept === undefined)
        byStream.set(share.streamId, { streamId: share.streamId, events: [...share.events] });
      else kept.events.push(...share.events);
    }
  }
  return [...byStream.values()];
}
