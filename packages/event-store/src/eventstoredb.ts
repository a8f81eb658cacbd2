// The EventStoreDB / KurrentDB adapter. Where the server's semantics differ from the port's, the
// adapter does the extra work (see docs/adr/0011-eventstoredb-adapter.md and
// docs/adr/0045-eventstoredb-appends-from-the-stream-tail.md):
// - appends: the stream's tail (its last events, read backwards or remembered) gives the exact
//   expected revision and the ids a retry repeats; the server refuses the revision if another writer
//   got in between, and the adapter reads the tail again and decides again. Nothing reads a whole stream;
// - positions: an event's prepare position, unique and increasing in $all order even when the events
//   of one append share a commit position;
// - appendBatch: no multi-stream transaction, so each stream's share is atomic, not the batch.

import { BzError } from "@bz/errors";
import {
  type AllStreamResolvedEvent,
  type AppendStreamState,
  BACKWARDS,
  END,
  excludeSystemEvents,
  jsonEvent,
  KurrentDBClient,
  type ResolvedEvent,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
} from "@kurrent/kurrentdb-client";
import { validateEvents, wrongExpectedRevision } from "./append-rules.ts";
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  RecordedEvent,
  StreamAppend,
} from "./event-store.ts";
import { esdbSubscription } from "./eventstoredb-subscription.ts";
import {
  type AppendPlan,
  advanceTail,
  emptyTail,
  planAppend,
  positionAfter,
  type StreamTail,
  TailCache,
} from "./eventstoredb-tail.ts";
import { openSubscriptions } from "./open-subscriptions.ts";

/** Options of {@link createEventStoreDbStore}. */
export interface EventStoreDbOptions {
  /** e.g. `kurrentdb://127.0.0.1:2113?tls=false`; `nodePreference=leader` is added when absent. */
  connectionString: string;
  /** Streams appended to at once by appendBatch; default 8. */
  batchConcurrency?: number;
  /**
   * How many of a stream's last events an append compares ids with (besides the append's own
   * count), so that a retried append is a no-op; default 128. See ADR 0045 for what lies beyond.
   */
  dedupeWindow?: number;
  /** Streams whose tail the adapter remembers between appends (saves a read each); default 10000, 0 off. */
  tailCacheSize?: number;
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
  const dedupeWindow = options.dedupeWindow ?? 128;
  const tails = new TailCache(options.tailCacheSize ?? 10_000);
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

  // The stream's last `count` events, read backwards from its end: one bounded read, whatever the
  // stream's length.
  async function readTail(streamId: string, count: number): Promise<StreamTail> {
    const newestFirst: RecordedEvent[] = [];
    let revision: number | undefined;
    try {
      for await (const resolved of client.readStream(streamId, {
        direction: BACKWARDS,
        fromRevision: END,
        maxCount: count,
      })) {
        revision ??= resolved.event === undefined ? undefined : Number(resolved.event.revision);
        const event = toRecorded(resolved);
        if (event !== undefined) newestFirst.push(event);
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return emptyTail;
      throw portError(error);
    }
    const last = newestFirst[0];
    if (revision === undefined) return emptyTail;
    return {
      revision,
      position: last?.globalPosition ?? unknownPosition,
      ids: newestFirst.map((event) => event.eventId.toLowerCase()).reverse(),
    };
  }

  async function appendOnce(
    streamId: string,
    events: NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult | "raced"> {
    // A remembered tail may only let an append go ahead (the server checks its revision); a no-op or
    // a conflict is always decided on a tail read from the server.
    let tail = tails.get(streamId);
    let plan: AppendPlan | undefined;
    if (tail !== undefined) {
      try {
        plan = planAppend(streamId, tail, events, expected);
      } catch {
        plan = undefined;
      }
      if (plan?.kind !== "append") plan = undefined;
    }
    if (plan === undefined || tail === undefined) {
      tail = await readTail(streamId, dedupeWindow + events.length);
      plan = planAppend(streamId, tail, events, expected);
    }
    if (plan.kind === "no-op") {
      tails.set(streamId, tail);
      return plan.result;
    }
    try {
      const result = await client.appendToStream(
        streamId,
        plan.fresh.map((event) =>
          jsonEvent({
            id: event.eventId,
            type: event.type,
            data: event.data,
            metadata: event.metadata ?? {},
          }),
        ),
        { streamState: toStreamState(plan.expectedRevision), requiresLeader: true },
      );
      const outcome = {
        nextExpectedRevision: Number(result.nextExpectedRevision),
        position: result.position?.prepare ?? unknownPosition,
        written: plan.fresh.length,
      };
      tails.set(streamId, advanceTail(tail, plan.fresh, outcome, dedupeWindow));
      return outcome;
    } catch (error) {
      tails.forget(streamId);
      // Someone appended since the tail was read: read again and decide again (a racing retry of the
      // same events becomes a no-op, a real conflict the caller's error).
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
    throw wrongExpectedRevision(streamId, expected, (await readTail(streamId, 1)).revision);
  }

  // Shares of one stream run in order; streams run side by side, a few at a time.
  async function appendBatch(appends: StreamAppend[]): Promise<{ written: number }> {
    for (const share of appends) validateEvents(share.streamId, share.events);
    // Check explicit expectations before writing anything, so the common conflict writes nothing.
    for (const share of appends) {
      if (share.expectedRevision === undefined || share.expectedRevision === "any") continue;
      if (appends.filter((other) => other.streamId === share.streamId).length > 1) continue;
      planAppend(
        share.streamId,
        await readTail(share.streamId, dedupeWindow + share.events.length),
        share.events,
        share.expectedRevision,
      );
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
          fromPosition: positionAfter(after),
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
