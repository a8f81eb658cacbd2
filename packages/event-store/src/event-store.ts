/** An event to append. `eventId` makes the append idempotent: a repeated id is a no-op, not an error. */
export interface NewEvent {
  eventId: string;
  type: string;
  /** The event as JSON-safe data (dates as ISO strings). */
  data: Record<string, unknown>;
  metadata?: Record<string, unknown>;
}

/** An event as the store holds it. */
export interface RecordedEvent {
  streamId: string;
  /** Position within the stream, from 0. */
  revision: number;
  /** Position in the store's global order; strictly increasing in commit order. */
  globalPosition: bigint;
  eventId: string;
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
  recordedAt: Date;
}

/**
 * What the appender expects of the stream: any state, no stream yet, an existing stream, or the
 * revision of its last event.
 */
export type ExpectedRevision = "any" | "no_stream" | "stream_exists" | number;

/** The outcome of an append. */
export interface AppendResult {
  /** Revision of the stream's last event after the append. */
  nextExpectedRevision: number;
  /** Global position of the last event written, or of the stream's last event when nothing was new. */
  position: bigint;
  /** Events actually written; duplicates by event id are not counted. */
  written: number;
}

/** One stream's share of a batched append. */
export interface StreamAppend {
  streamId: string;
  events: NewEvent[];
  /**
   * Checked like {@link EventStore.appendToStream}'s, against the stream as the batch finds it;
   * "any" when absent (the recorder's case). A conflict fails the whole batch.
   */
  expectedRevision?: ExpectedRevision;
}

/** Options of {@link EventStore.subscribeToAll}. */
export interface SubscribeOptions {
  /** Start after this global position (exclusive); from the beginning when absent. */
  after?: bigint;
  /** Most events handed to `handle` at once. */
  batchSize?: number;
  /**
   * Called with events in global order; the subscription waits for it before the next batch, so a
   * projection can store its checkpoint with its change. A throw stops the subscription with that error.
   */
  handle: (events: RecordedEvent[]) => Promise<void>;
}

/** A running subscription. */
export interface Subscription {
  /** Stops after the batch in hand; resolves once stopped. */
  stop(): Promise<void>;
  /** Resolves when the subscription ends: stopped (undefined) or failed (rejects with the error). */
  readonly done: Promise<void>;
}

/**
 * The event store port: the system of record of accepted events, one stream per subject.
 * Adapters: PostgreSQL, embedded (PGlite running the PostgreSQL adapter), EventStoreDB.
 */
export interface EventStore {
  /**
   * Appends events to one stream, atomically. Events whose id the store already holds are dropped
   * first; when none remain the call is a no-op (written 0) whatever the expected revision, so a
   * retried append succeeds. Otherwise a differing revision throws STORE_WRONG_EXPECTED_REVISION.
   */
  appendToStream(
    streamId: string,
    events: NewEvent[],
    options?: { expectedRevision?: ExpectedRevision },
  ): Promise<AppendResult>;
  /**
   * Appends to many streams at once (expected revision "any" unless a share says otherwise),
   * idempotent by event id. Either every event of the batch is stored or, on an error, none of the
   * new ones are (EventStoreDB guarantees this per stream only; see its adapter).
   * Returns the number of events actually written.
   */
  appendBatch(appends: StreamAppend[]): Promise<{ written: number }>;
  /** Events of one stream in order; empty when the stream does not exist. */
  readStream(
    streamId: string,
    options?: { fromRevision?: number; maxCount?: number },
  ): Promise<RecordedEvent[]>;
  /** Events of all streams in global order, after `after` (exclusive). */
  readAll(options?: { after?: bigint; maxCount?: number }): Promise<RecordedEvent[]>;
  /** Catches up from `after`, then follows new events as they are appended. */
  subscribeToAll(options: SubscribeOptions): Subscription;
  close(): Promise<void>;
}
