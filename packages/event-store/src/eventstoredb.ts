// The EventStoreDB / KurrentDB adapter. Where the server's semantics differ from the port's, the
// adapter does the extra work (see docs/adr/0011-eventstoredb-adapter.md):
// - idempotency: the server dedups recent appends only, so each append reads the stream's ids first
//   and writes the new events with the exact revision it read (a race re-reads and re-decides);
// - positions: an event's prepare position, unique and increasing in $all order even when the events
//   of one append share a commit position;
// - appendBatch: no multi-stream transaction, so each stream's share is atomic, not the batch.

import { BzError } from "@bz/errors";
import {
  type AllStreamResolvedEvent,
  type AppendStreamState,
  excludeSystemEvents,
  jsonEvent,
  KurrentDBClient,
  type ResolvedEvent,
  START,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
} from "@kurrent/kurrentdb-client";
import {
  checkExpectedRevision,
  newEventsOnly,
  validateEvents,
  wrongExpectedRevision,
} from "./append-rules.ts";
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  RecordedEvent,
  StreamAppend,
} from "./event-store.ts";
import { esdbSubscription } from "./eventstoredb-subscription.ts";
import { openSubscriptions } from "./open-subscriptions.ts";

/** Options of {@link createEventStoreDbStore}. */
export interface EventStoreDbOptions {
  /** e.g. `kurrentdb://127.0.0.1:2113?tls=false`; `nodePreference=leader` is added when absent. */
  connectionString: string;
  /** Streams appended to at once by appendBatch; default 8. */
  batchConcurrency?: number;
}

// Revisions the server reports for a stream read without the events' positions (older servers).
const unknownPosition = -1n;
const maxAppendAttempts = 10;

/** Converts a resolved event to the port's shape; undefined for links and system events. */
export function toRecorded(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent | undefined {
  const event = resolved.event;
  if (event === undefined || event.streamId.startsWith("$") || event.type.startsWith("$")) return undefined;
  const data = event.isJson ? event.data : undefined;
  const metadata = event.metadata;
  return {
    streamId: event.streamId,
    revision: Number(event.revision),
    globalPosition: event.position?.prepare ?? unknownPosition,
    eventId: event.id,
    type: event.type,
    data: isRecord(data) ? data : {},
    metadata: isRecord(metadata) ? metadata : {},
    recordedAt: event.created,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array)
  );
}

function portError(error: unknown): unknown {
  if (error instanceof UnavailableError) {
    return new BzError("STORE_UNAVAILABLE", `EventStoreDB cannot be reached: ${error.message}`, {
      retryable: true,
      cause: error,
    });
  }
  return error;
}

function toStreamState(revision: number): AppendStreamState {
  return revision < 0 ? "no_stream" : BigInt(revision);
}

/**
 * The event store on EventStoreDB/KurrentDB through @kurrent/kurrentdb-client. The client prefers
 * the leader node and reconnects by itself; subscriptions resubscribe from their last position.
 */
export async function createEventStoreDbStore(options: EventStoreDbOptions): Promise<EventStore> {
  const connectionString = /nodePreference=/i.test(options.connectionString)
    ? options.connectionString
    : `${options.connectionString}${options.connectionString.includes("?") ? "&" : "?"}nodePreference=leader`;
  const client = KurrentDBClient.connectionString(connectionString);
  const batchConcurrency = options.batchConcurrency ?? 8;
  const subscriptions = openSubscriptions();
  let closed = false;

  async function readStream(streamId: string, read: { fromRevision?: number; maxCount?: number } = {}) {
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of client.readStream(streamId, {
        fromRevision: BigInt(read.fromRevision ?? 0),
        ...(read.maxCount === undefined ? {} : { maxCount: read.maxCount }),
      })) {
        const event = toRecorded(resolved);
        if (event !== undefined) events.push(event);
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw portError(error);
    }
    return events;
  }

  async function appendOnce(
    streamId: string,
    events: NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult | "raced"> {
    const stored = await readStream(streamId);
    const last = stored.at(-1);
    const revision = last?.revision ?? -1;
    const position = last?.globalPosition ?? 0n;
    const fresh = newEventsOnly(events, new Set(stored.map((event) => event.eventId.toLowerCase())));
    if (events.length > 0 && fresh.length === 0)
      return { nextExpectedRevision: revision, position, written: 0 };
    checkExpectedRevision(streamId, expected, revision);
    if (fresh.length === 0) return { nextExpectedRevision: revision, position, written: 0 };
    try {
      const result = await client.appendToStream(
        streamId,
        fresh.map((event) =>
          jsonEvent({
            id: event.eventId,
            type: event.type,
            data: event.data,
            metadata: event.metadata ?? {},
          }),
        ),
        { streamState: toStreamState(revision), requiresLeader: true },
      );
      return {
        nextExpectedRevision: Number(result.nextExpectedRevision),
        position: result.position?.prepare ?? unknownPosition,
        written: fresh.length,
      };
    } catch (error) {
      // Someone appended since the read: read again and decide again (a racing retry of the same
      // events becomes a no-op, a real conflict the caller's error).
      if (error instanceof WrongExpectedVersionError) return "raced";
      throw portError(error);
    }
  }

  async function appendToStream(
    streamId: string,
    events: NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    validateEvents(streamId, events);
    for (let attempt = 1; attempt <= maxAppendAttempts; attempt += 1) {
      const outcome = await appendOnce(streamId, events, expected);
      if (outcome !== "raced") return outcome;
    }
    const current = (await readStream(streamId)).at(-1)?.revision ?? -1;
    throw wrongExpectedRevision(streamId, expected, current);
  }

  // Shares of one stream run in order; streams run side by side, a few at a time.
  async function appendBatch(appends: StreamAppend[]): Promise<{ written: number }> {
    for (const share of appends) validateEvents(share.streamId, share.events);
    // Check explicit expectations before writing anything, so the common conflict writes nothing.
    for (const share of appends) {
      if (share.expectedRevision === undefined || share.expectedRevision === "any") continue;
      if (appends.filter((other) => other.streamId === share.streamId).length > 1) continue;
      const stored = await readStream(share.streamId);
      const known = new Set(stored.map((event) => event.eventId.toLowerCase()));
      if (newEventsOnly(share.events, known).length === 0 && share.events.length > 0) continue;
      checkExpectedRevision(share.streamId, share.expectedRevision, stored.at(-1)?.revision ?? -1);
    }
    const chains = new Map<string, StreamAppend[]>();
    for (const share of appends) chains.set(share.streamId, [...(chains.get(share.streamId) ?? []), share]);
    const queue = [...chains.values()];
    let written = 0;
    let failure: unknown;
    const worker = async () => {
      for (let chain = queue.shift(); chain !== undefined && failure === undefined; chain = queue.shift()) {
        for (const share of chain) {
          try {
            const result = await appendToStream(
              share.streamId,
              share.events,
              share.expectedRevision ?? "any",
            );
            written += result.written;
          } catch (error) {
            failure ??= error;
            return;
          }
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(batchConcurrency, queue.length) }, worker));
    if (failure !== undefined) throw failure;
    return { written };
  }

  return {
    appendToStream: (streamId, events, appendOptions = {}) =>
      appendToStream(streamId, events, appendOptions.expectedRevision ?? "any"),
    appendBatch,
    readStream,
    async readAll(read = {}) {
      const events: RecordedEvent[] = [];
      const after = read.after;
      const maxCount = read.maxCount ?? Number.MAX_SAFE_INTEGER;
      try {
        // fromPosition is inclusive for reads: start at `after` and drop it.
        for await (const resolved of client.readAll({
          fromPosition: after === undefined ? START : { commit: after, prepare: after },
          filter: excludeSystemEvents(),
          maxCount: maxCount + 1,
        })) {
          const event = toRecorded(resolved);
          if (event === undefined || (after !== undefined && event.globalPosition <= after)) continue;
          events.push(event);
          if (events.length >= maxCount) break;
        }
      } catch (error) {
        throw portError(error);
      }
      return events;
    },
    subscribeToAll(subscribeOptions) {
      const subscription = esdbSubscription(client, subscribeOptions, toRecorded);
      return subscriptions.track(subscription);
    },
    async close() {
      if (closed) return;
      closed = true;
      await subscriptions.stopAll();
      await client.dispose();
    },
  };
}
