// What the EventStoreDB adapter knows of a stream's end, and the pure decision of an append from it.
// An append reads (or remembers) only the stream's last `window` events, never the whole stream:
// their revision is the exact expected revision sent to the server, and their ids catch a retried
// append (see docs/adr/0045-eventstoredb-appends-from-the-stream-tail.md).

import { checkExpectedRevision, newEventsOnly } from "./append-rules.ts";
import type { AppendResult, ExpectedRevision, NewEvent } from "./event-store.ts";

/** The end of one stream: its last revision and position, and the ids of its last events. */
export interface StreamTail {
  /** Revision of the last event; -1 when the stream has none. */
  revision: number;
  /** Global position of the last event; 0n when the stream has none. */
  position: bigint;
  /** Lower-case ids of the stream's last events, oldest first, at most the adapter's window. */
  ids: readonly string[];
}

/** A stream without events. */
export const emptyTail: StreamTail = { revision: -1, position: 0n, ids: [] };

/** What to do with an append, decided from the stream's tail. */
export type AppendPlan =
  | { kind: "no-op"; result: AppendResult }
  | { kind: "append"; fresh: NewEvent[]; expectedRevision: number };

/**
 * The port's append rules on a tail: drop events whose id the tail holds (and repeats within the
 * call); all known is a no-op whatever `expected` says; otherwise check `expected` (throws
 * STORE_WRONG_EXPECTED_REVISION) and append the rest at exactly the tail's revision.
 */
export function planAppend(
  streamId: string,
  tail: StreamTail,
  events: readonly NewEvent[],
  expected: ExpectedRevision,
): AppendPlan {
  const fresh = newEventsOnly(events, new Set(tail.ids));
  const noOp = {
    kind: "no-op",
    result: { nextExpectedRevision: tail.revision, position: tail.position, written: 0 },
  } as const;
  if (events.length > 0 && fresh.length === 0) return noOp;
  checkExpectedRevision(streamId, expected, tail.revision);
  if (fresh.length === 0) return noOp;
  return { kind: "append", fresh, expectedRevision: tail.revision };
}

/**
 * The tail after `fresh` was appended at exactly `tail.revision` (so nobody wrote in between):
 * their ids join the window, the oldest leave it.
 */
export function advanceTail(
  tail: StreamTail,
  fresh: readonly NewEvent[],
  result: { nextExpectedRevision: number; position: bigint },
  window: number,
): StreamTail {
  const ids = [...tail.ids, ...fresh.map((event) => event.eventId.toLowerCase())];
  return {
    revision: result.nextExpectedRevision,
    position: result.position,
    ids: ids.slice(Math.max(0, ids.length - window)),
  };
}

/**
 * Tails of recently appended streams, least recently used evicted first. A remembered tail saves the
 * read before an append; if another writer moved the stream the server refuses the exact revision,
 * and the adapter forgets the tail and reads it again.
 */
export class TailCache {
  readonly #tails = new Map<string, StreamTail>();
  readonly #capacity: number;

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  get(streamId: string): StreamTail | undefined {
    const tail = this.#tails.get(streamId);
    if (tail === undefined) return undefined;
    this.#tails.delete(streamId);
    this.#tails.set(streamId, tail);
    return tail;
  }

  set(streamId: string, tail: StreamTail): void {
    if (this.#capacity <= 0) return;
    this.#tails.delete(streamId);
    this.#tails.set(streamId, tail);
    while (this.#tails.size > this.#capacity) {
      const oldest = this.#tails.keys().next().value;
      if (oldest === undefined) break;
      this.#tails.delete(oldest);
    }
  }

  forget(streamId: string): void {
    this.#tails.delete(streamId);
  }

  get size(): number {
    return this.#tails.size;
  }
}

/** The server's start position for a read or subscription after checkpoint `after` (exclusive). */
export function positionAfter(after: bigint | undefined): "start" | { commit: bigint; prepare: bigint } {
  // The port's positions are prepare positions; (P, P) lies at or before the event at P in $all
  // order, so the adapter starts there and drops everything at or before P.
  return after === undefined || after < 0n ? "start" : { commit: after, prepare: after };
}
