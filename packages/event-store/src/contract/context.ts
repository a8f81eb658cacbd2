import { randomUUID } from "node:crypto";
import { isBzError } from "@bz/errors";
import { expect } from "vitest";
import type { EventStore, NewEvent, RecordedEvent } from "../event-store.ts";

/** What a contract test gets from `makeStore`. */
export interface StoreUnderTest {
  store: EventStore;
  /** Runs after the suite closed the store: drop its schema, database or folder. */
  cleanup(): Promise<void>;
}

/** How a store may differ from the strictest reading of the port. */
export interface EventStoreContractOptions {
  /**
   * appendBatch is all-or-nothing across streams (true, PostgreSQL). When false (EventStoreDB) only
   * each stream's share is, and the suite checks that a retry completes a failed batch instead.
   */
  atomicBatch?: boolean;
  /** An event id is unique in the whole store (true), not only within its stream (EventStoreDB). */
  eventIdsUniqueAcrossStreams?: boolean;
  /** Runs of the property test; default 12 (each run appends a few dozen events). */
  propertyRuns?: number;
}

/** The suite's view of the current test. */
export interface ContractContext {
  options: Required<EventStoreContractOptions>;
  store(): EventStore;
  /** Tells the suite the test closed the store itself. */
  markClosed(): void;
  /** A stream id unique to this test. */
  stream(label: string): string;
  /** The events of this test's streams, in the order given (stores may hold other data). */
  ours(events: RecordedEvent[]): RecordedEvent[];
}

/** `count` new events of one type, numbered in their data. */
export function newEvents(count: number, type = "ContactDelivered"): NewEvent[] {
  return Array.from({ length: count }, (_, index) => ({
    eventId: randomUUID(),
    type,
    data: { index, note: `event ${index}` },
  }));
}

/** Expects `work` to reject with a platform error of `code`, and returns that error. */
export async function expectStoreError(
  work: Promise<unknown>,
  code: "STORE_WRONG_EXPECTED_REVISION" | "STORE_INVALID_EVENT",
): Promise<Error> {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error, `expected ${code}, but the call succeeded`).toBeDefined();
  expect(isBzError(error, code), `expected ${code}, got ${String(error)}`).toBe(true);
  return error as Error;
}

/** Event ids of `events` in order. */
export function ids(events: readonly { eventId: string }[]): string[] {
  return events.map((event) => event.eventId.toLowerCase());
}
