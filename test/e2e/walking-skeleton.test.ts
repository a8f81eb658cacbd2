// One care event end to end, every part real: avsc encoding, kafkajs to the Kafka broker, the
// recorder into the PostgreSQL event store, the projector into the timeline read model, and the
// fastify query API answering over HTTP.
import { type ContactDelivered, encodeEvent } from "@bz/contracts";
import { testKafka, useTestDatabase, waitFor } from "@bz/testkit";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startServerPipeline } from "./server-pipeline.ts";

const db = useTestDatabase();
const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

describe("walking skeleton", () => {
  it("takes a Trajekt ContactDelivered from Kafka to the client's timeline over HTTP", async () => {
    const pipeline = await startServerPipeline(db.url);
    cleanup.push(() => pipeline.stop());
    const { api } = pipeline;
    const trajekt = { topic: pipeline.topicOf("TRAJEKT") };
    const address = await api.listen({ host: "127.0.0.1", port: 0 });

    const event: ContactDelivered = {
      eventId: "5f0c7d2e-2a4b-4c6d-8e9f-0a1b2c3d4e5f",
      eventType: "ContactDelivered",
      schemaVersion: 3,
      occurredAt: "2026-11-20T09:30:00.000Z",
      publisher: "TRAJEKT",
      // A pseudonym in the platform's format (what the partner SDK makes from a BSN).
      subject: "k1:e2e-client-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      household: null,
      buurtCode: "BU09350403",
      financingDomain: "WMO",
      actor: { role: "SOCIAL_WORKER", professionalId: "trajekt-7" },
      correlationId: "e2e-correlation",
      dataCategory: "SOCIAL_SUPPORT",
      episodeId: null,
      mode: "HOME_VISIT",
      minutes: 45,
      groupSize: null,
    };
    // The partner side: plain kafkajs, as a partner system without our SDK would do it, logged in
    // as its own principal, which may write its topic and nothing else.
    const producer = testKafka("partner-trajekt", "partner-trajekt").producer({ idempotent: true });
    await producer.connect();
    await producer.send({
      topic: trajekt.topic,
      acks: -1,
      messages: [{ key: event.subject, value: encodeEvent(event) }],
    });
    await producer.disconnect();

    const url = `${address}/v1/clients/${encodeURIComponent(event.subject)}/timeline`;
    const body = await waitFor(
      async () => {
        const response = await fetch(url, {
          headers: { authorization: `Bearer ${await pipeline.tokens.staff("TRAJEKT", "trajekt-7")}` },
        });
        // 404 until the recorder stored the client's first event.
        if (response.status === 404) return undefined;
        const json = (await response.json()) as { entries: { eventId: string; position: string }[] };
        return json.entries.length > 0 ? json : undefined;
      },
      { what: "the event appearing in the client's timeline over HTTP" },
    );
    expect(body.entries).toEqual([
      {
        position: expect.stringMatching(/^\d+$/),
        eventId: event.eventId,
        eventType: "ContactDelivered",
        occurredAt: event.occurredAt,
        publisher: "TRAJEKT",
        buurtCode: "BU09350403",
        financingDomain: "WMO",
        details: {
          dataCategory: "SOCIAL_SUPPORT",
          episodeId: null,
          mode: "HOME_VISIT",
          minutes: 45,
          groupSize: null,
        },
        access: { kind: "OWN_DATA" },
      },
    ]);

    // Real parts, checked from outside: the record sits on the broker's topic, and the event, its
    // stream and the projection checkpoint sit in PostgreSQL tables.
    const admin = testKafka("e2e-admin").admin();
    await admin.connect();
    const offsets = await admin.fetchTopicOffsets(trajekt.topic);
    const cluster = await admin.describeCluster();
    await admin.disconnect();
    expect(offsets.reduce((sum, p) => sum + Number(p.high), 0)).toBe(1);
    expect(cluster.brokers.length).toBeGreaterThan(0);

    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const version = await client.query<{ v: string }>("select version() as v");
    const stored = await client.query<{ stream_id: string; position: string }>(
      "select stream_id, global_position::text as position from event_store.events where event_id = $1",
      [event.eventId],
    );
    const checkpoint = await client.query<{ position: string }>(
      "select position::text as position from projection_checkpoints where projection = 'client-timeline'",
    );
    await client.end();
    expect(version.rows[0]?.v).toMatch(/^PostgreSQL/);
    expect(stored.rows).toEqual([
      { stream_id: `client-${event.subject}`, position: body.entries[0]?.position },
    ]);
    expect(BigInt(checkpoint.rows[0]?.position ?? "-1")).toBeGreaterThanOrEqual(
      BigInt(stored.rows[0]?.position ?? "0"),
    );
  });
});
