// What every fault test shares: partner topics of its own, good and bad records to send, and the
// closing count: rows = distinct event ids = good events sent, dead letters = bad records sent
// (each once), timeline = rows.
import { type CareEvent, encodeEvent } from "@bz/contracts";
import type { EventLog, OutgoingRecord } from "@bz/event-log";
import { createPostgresEventStore } from "@bz/event-store";
import { createLogger } from "@bz/observability";
import { createPseudonymizer } from "@bz/privacy";
import { buildProjectorService } from "@bz/projector";
import { partnerTopics, type RecorderTopic, readDeadLetters } from "@bz/recorder";
import { createCareSimulation } from "@bz/simulation";
import { createPostgresClient } from "@bz/sql";
import { uniqueName, waitFor } from "@bz/testkit";
import { expect } from "vitest";

export const keyId = "fault";
const pseudonymizer = createPseudonymizer({ id: keyId, secret: Buffer.alloc(32, 17) });
const at = new Date("2026-11-03T09:00:00.000Z");

/** Partner topics no other test uses; the faults all go through Trajekt's. */
export function faultTopics(): { topics: RecorderTopic[]; trajekt: RecorderTopic; suffix: string } {
  const suffix = `.${uniqueName("fault").replace(".", "-")}`;
  const topics = partnerTopics(suffix);
  const trajekt = topics.find((t) => t.partner === "TRAJEKT");
  if (trajekt === undefined) throw new Error("no Trajekt topic");
  return { topics, trajekt, suffix };
}

/** `good` valid Trajekt events and `bad` records of several kinds, shuffled by a fixed rule. */
export function mixedRecords(seed: number, good: number, bad: number) {
  const simulation = createCareSimulation({ seed, clients: 50, pseudonymize: pseudonymizer.pseudonymize });
  const events: CareEvent[] = Array.from({ length: good }, () => simulation.nextEvent(at, "TRAJEKT"));
  const goodRecords: OutgoingRecord[] = events.map((e) => ({ key: e.subject, value: encodeEvent(e) }));
  const badRecords: OutgoingRecord[] = Array.from({ length: bad }, (_, i) => {
    const event = simulation.nextEvent(at, "TRAJEKT");
    switch (i % 4) {
      case 0:
        return { key: event.subject, value: Buffer.from(`not avro ${i}`) };
      case 1: // a clear BSN as subject
        return { key: event.subject, value: encodeEvent({ ...event, subject: "123456782" }) };
      case 2:
        return { key: event.subject, value: encodeEvent({ ...simulation.nextEvent(at, "ENVIDA") }) };
      default:
        return { key: "not-the-subject", value: encodeEvent(event) };
    }
  });
  const records: OutgoingRecord[] = [];
  const step = Math.max(1, Math.floor(good / Math.max(1, bad)));
  let b = 0;
  goodRecords.forEach((record, i) => {
    records.push(record);
    if (i % step === step - 1 && b < badRecords.length) records.push(badRecords[b++] as OutgoingRecord);
  });
  while (b < badRecords.length) records.push(badRecords[b++] as OutgoingRecord);
  return { events, records, bad };
}

/** True once the group committed every partition of `topics` to its end. */
export async function caughtUp(log: EventLog, groupId: string, topics: RecorderTopic[]): Promise<boolean> {
  for (const { topic } of topics) {
    const ends = await log.endOffsets(topic);
    const committed = await log.committedOffsets(groupId, topic);
    for (const end of ends) {
      const done = committed.find((c) => c.partition === end.partition)?.offset ?? "-1";
      if (end.offset !== "0" && done !== end.offset) return false;
    }
  }
  return true;
}

/**
 * The closing count of every fault test: the store holds each good event once and nothing else,
 * each bad record has exactly one dead letter, and the timeline (projected afterwards) has one
 * entry per stored event.
 */
export async function expectExactlyOnce(options: {
  url: string;
  log: EventLog;
  trajekt: RecorderTopic;
  events: CareEvent[];
  bad: number;
}) {
  const { url, log, trajekt, events, bad } = options;
  const sql = createPostgresClient({ connectionString: url, max: 2 });
  try {
    const { rows } = await sql.query<{ rows: number; distinct: number; ours: number }>(
      `select count(*)::int as rows, count(distinct event_id)::int as distinct,
              count(*) filter (where event_id::text in (select value from jsonb_array_elements_text($1::jsonb)))::int as ours
       from event_store.events`,
      [JSON.stringify(events.map((e) => e.eventId))],
    );
    expect(rows[0]).toEqual({ rows: events.length, distinct: events.length, ours: events.length });
    const letters = await readDeadLetters(log, trajekt.deadLetterTopic);
    const originals = new Set(letters.map((l) => `${l.originalPartition}:${l.originalOffset}`));
    expect({ letters: letters.length, originals: originals.size }).toEqual({ letters: bad, originals: bad });
    expect(JSON.stringify(letters.map((l) => [l.key, l.value.toString("latin1"), l.headers]))).not.toContain(
      "123456782",
    );

    const store = await createPostgresEventStore({ connectionString: url });
    const projector = await buildProjectorService({
      store,
      readModels: sql,
      logger: createLogger({ service: "fault-test", level: "silent" }),
    });
    try {
      await waitFor(
        async () =>
          (await sql.query<{ n: number }>("select count(*)::int as n from timeline_entries")).rows[0]?.n ===
          events.length,
        { what: `the timeline holding all ${events.length} stored events`, timeoutMs: 60_000 },
      );
    } finally {
      await projector.stop();
      await store.close();
    }
  } finally {
    await sql.close();
  }
}
