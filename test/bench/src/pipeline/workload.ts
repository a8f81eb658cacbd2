import { createHash } from "node:crypto";
import { type CareEvent, encodeEvent, topicFor } from "@bz/contracts";
import type { OutgoingRecord } from "@bz/event-log";
import { type CareSimulation, createCareSimulation } from "@bz/simulation";

/** The simulated partners of the four wards, skewed: a few clients get many events. */
export function benchSimulation(clients: number, seed = 20_26): CareSimulation {
  return createCareSimulation({
    seed,
    clients,
    skew: 3,
    // The platform's pseudonym format (key id, 43 base64url characters), as the recorder demands.
    pseudonymize: (bsn) => `k1:${createHash("sha256").update(`bench:${bsn}`).digest("base64url")}`,
  });
}

/** A partner's Kafka record of an event, as the simulator and partner SDK send it. */
export function recordOf(event: CareEvent): OutgoingRecord {
  return {
    key: event.subject,
    value: encodeEvent(event),
    headers: { "bz-event-type": event.eventType, "bz-correlation-id": event.correlationId },
  };
}

/** `count` fresh events (unique ids), occurring at `at`. */
export function eventsOf(simulation: CareSimulation, count: number, at = new Date()): CareEvent[] {
  return Array.from({ length: count }, () => simulation.nextEvent(at));
}

/** Records grouped by the topic of their publisher (`topicOf` maps a partner to a test topic). */
export function byTopic(
  events: CareEvent[],
  topicOf: (partner: string) => string = topicFor as (partner: string) => string,
  recordFor: (event: CareEvent) => OutgoingRecord = recordOf,
): Map<string, OutgoingRecord[]> {
  const out = new Map<string, OutgoingRecord[]>();
  for (const event of events) {
    const topic = topicOf(event.publisher);
    let records = out.get(topic);
    if (records === undefined) {
      records = [];
      out.set(topic, records);
    }
    records.push(recordFor(event));
  }
  return out;
}
