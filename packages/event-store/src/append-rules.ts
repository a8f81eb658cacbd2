// The rules every adapter applies to an append, kept pure so that PostgreSQL and EventStoreDB
// cannot drift apart: validate, drop duplicates by event id, check the expected revision.

import { BzError } from "@bz/errors";
import type { ExpectedRevision, NewEvent } from "./event-store.ts";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Throws STORE_INVALID_EVENT unless every event has a UUID id and a non-empty type. */
export function validateEvents(streamId: string, events: readonly NewEvent[]): void {
  if (streamId.length === 0) {
    throw new BzError("STORE_INVALID_EVENT", "A stream id is empty; name the stream the events belong to");
  }
  for (const event of events) {
    if (!uuidPattern.test(event.eventId)) {
      throw new BzError(
        "STORE_INVALID_EVENT",
        `Event id "${event.eventId}" in stream ${streamId} is not a UUID; give every event a UUID (e.g. crypto.randomUUID())`,
        { details: { streamId, eventId: event.eventId } },
      );
    }
    if (event.type.length === 0) {
      throw new BzError(
        "STORE_INVALID_EVENT",
        `Event ${event.eventId} in stream ${streamId} has an empty type`,
        {
          details: { streamId, eventId: event.eventId },
        },
      );
    }
  }
}

/**
 * The events whose id is neither in `known` nor earlier in `events`, in their order. Ids compare
 * case-insensitively, as UUIDs do.
 */
export function newEventsOnly(events: readonly NewEvent[], known: ReadonlySet<string>): NewEvent[] {
  const seen = new Set<string>();
  const fresh: NewEvent[] = [];
  for (const event of events) {
    const id = event.eventId.toLowerCase();
    if (known.has(id) || seen.has(id)) continue;
    seen.add(id);
    fresh.push(event);
  }
  return fresh;
}

/** A stream's current revision: the revision of its last event, or -1 when it has none. */
export type CurrentRevision = number;

function describeRevision(revision: ExpectedRevision | CurrentRevision): string {
  if (typeof revision === "number") return revision < 0 ? "no_stream" : `revision ${revision}`;
  return revision;
}

/** The error of an append whose expected revision differs from the stream's actual one. */
export function wrongExpectedRevision(
  streamId: string,
  expected: ExpectedRevision,
  actual: CurrentRevision,
  cause?: unknown,
): BzError {
  return new BzError(
    "STORE_WRONG_EXPECTED_REVISION",
    `Stream ${streamId} is at ${describeRevision(actual)}, but the append expected ${describeRevision(expected)}; read the stream again, decide anew and retry`,
    {
      details: { streamId, expected: String(expected), actual: actual < 0 ? "no_stream" : actual },
      ...(cause === undefined ? {} : { cause }),
    },
  );
}

/** Throws STORE_WRONG_EXPECTED_REVISION when `actual` does not satisfy `expected`. */
export function checkExpectedRevision(
  streamId: string,
  expected: ExpectedRevision,
  actual: CurrentRevision,
): void {
  const ok =
    expected === "any" ||
    (expected === "no_stream" && actual < 0) ||
    (expected === "stream_exists" && actual >= 0) ||
    expected === actual;
  if (!ok) throw wrongExpectedRevision(streamId, expected, actual);
}
