import { randomUUID } from "node:crypto";
import type { CareEvent, EventType } from "@bz/contracts";
import { sampleEvent } from "@bz/contracts/testing";
import type { CareEventWithBsn } from "./domain/event-with-bsn.ts";

/**
 * Test helpers (`@bz/partner-sdk/testing`): valid events with a clear BSN, as a partner system sends
 * them to the SDK or the gateway.
 */

/** A BSN that passes the elfproef (test value, belongs to nobody). */
export const testBsn = "111222333";

/**
 * A valid event of `eventType` with `testBsn`, a fresh event id, a pilot ward's buurt code and
 * `overrides` on top (e.g. `{ publisher: "TRAJEKT" }`).
 */
export function sampleEventWithBsn(
  eventType: EventType,
  overrides: Record<string, unknown> = {},
  seed = 7,
): CareEventWithBsn {
  const { subject: _subject, ...event } = sampleEvent(eventType, {}, seed) as CareEvent;
  return {
    ...event,
    eventId: randomUUID(),
    buurtCode: "BU09350400",
    correlationId: `corr-${randomUUID()}`,
    bsn: testBsn,
    // A household must be a pseudonym; the random sample's string is none.
    household: null,
    ...overrides,
  } as CareEventWithBsn;
}
