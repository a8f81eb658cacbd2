// Kill the recorder with SIGKILL while it is recording, restart it, and check that every event is
// in the store exactly once: offsets are committed only after the store accepted a batch, and
// appends are idempotent by event id.
import { encodeEvent } from "@bz/contracts";
import { createKafkaEventLog } from "@bz/event-log";
import { createPostgresEventStore } from "@bz/event-store";
import { createPartnerSender, grantTestAccess } from "@bz/kafka-access/testing";
import { createPseudonymizer } from "@bz/privacy";
import { partnerTopics } from "@bz/recorder";
import { createCareSimulation, publishingPartners } from "@bz/simulation";
import { kafkaConnectionAs, kafkaEnvAs, uniqueName, useTestDatabase, waitFor } from "@bz/testkit";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { type ServiceProcess, startService } from "../support/service-process.ts";

const db = useTestDatabase();
const running: ServiceProcess[] = [];
afterAll(async () => {
  for (const service of running) await service.kill("SIGKILL");
});

async function countEvents(url: string): Promise<{ total: number; distinct: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const exists = await client.query(
      "select 1 from pg_tables where schemaname = 'event_store' and tablename = 'events'",
    );
    if (exists.rowCount === 0) return { total: 0, distinct: 0 };
    const { rows } = await client.query<{ total: string; distinct: string }>(
      "select count(*)::text as total, count(distinct event_id)::text as distinct from event_store.events",
    );
    return { total: Number(rows[0]?.total), distinct: Number(rows[0]?.distinct) };
  } finally {
    await client.end();
  }
}

describe("recorder killed with SIGKILL", () => {
  it("loses nothing and duplicates nothing after restarts", async () => {
    const suffix = `.${uniqueName("kill").replace(".", "-")}`;
    const topics = partnerTopics(suffix);
    const groupId = uniqueName("bz-recorder-kill");
    // The recorder runs as `recorder` and partners send as themselves, with the rights provisioning
    // gives this environment; `log` (admin) creates the topics and watches the offsets.
    await grantTestAccess({ topicSuffix: suffix, recorderGroup: groupId });
    const log = createKafkaEventLog({ ...kafkaConnectionAs("admin"), clientId: "kill-test" });
    await log.createTopics(
      topics.flatMap((t) => [
        { name: t.topic, partitions: 3 },
        { name: t.deadLetterTopic, partitions: 3 },
      ]),
    );
    const producer = createPartnerSender("kill-test");
    const pseudonymizer = createPseudonymizer({ id: "kill", secret: Buffer.alloc(32, 5) });
    const simulation = createCareSimulation({
      seed: 5,
      clients: 300,
      pseudonymize: pseudonymizer.pseudonymize,
    });
    const perPartner = 700;
    const at = new Date("2026-11-01T08:00:00.000Z");
    for (const partner of publishingPartners) {
      const topic = topics.find((t) => t.partner === partner)?.topic ?? "";
      const records = Array.from({ length: perPartner }, () => {
        const event = simulation.nextEvent(at, partner);
        return { key: event.subject, value: encodeEvent(event) };
      });
      for (let i = 0; i < records.length; i += 350) await producer.send(topic, records.slice(i, i + 350));
    }
    await producer.close();
    const expected = perPartner * publishingPartners.length;

    // The store's schema exists before the first start, so counting can begin at once.
    const store = await createPostgresEventStore({ connectionString: db.url });
    await store.close();
    const env = {
      ...kafkaEnvAs("recorder"),
      BZ_DATABASE_URL: db.url,
      BZ_TOPIC_SUFFIX: suffix,
      BZ_RECORDER_GROUP: groupId,
      BZ_PSEUDONYM_KEY_IDS: "kill",
      BZ_PARTITIONS: "3",
    };
    const killedAt: number[] = [];
    for (const fraction of [0.15, 0.5]) {
      const recorder = startService("recorder", env);
      running.push(recorder);
      const seen = await waitFor(
        async () => {
          const { total } = await countEvents(db.url);
          return total >= expected * fraction ? total : undefined;
        },
        { what: `the recorder storing ${fraction * 100}% of the events`, timeoutMs: 90_000, intervalMs: 10 },
      );
      await recorder.kill("SIGKILL");
      killedAt.push(seen);
    }
    // The kills hit a recorder that was part way through: not before it started, not after it ended.
    expect(killedAt.every((count) => count > 0 && count < expected)).toBe(true);

    const last = startService("recorder", env);
    running.push(last);
    await waitFor(
      async () => {
        for (const topic of topics) {
          const ends = await log.endOffsets(topic.topic);
          const committed = await log.committedOffsets(groupId, topic.topic);
          for (const end of ends) {
            if (committed.find((c) => c.partition === end.partition)?.offset !== end.offset) return false;
          }
        }
        return true;
      },
      {
        what: `the restarted recorder committing every partner topic to its end\n${last.output()}`,
        timeoutMs: 90_000,
      },
    );
    await last.kill("SIGTERM");
    await log.close();
    expect(await countEvents(db.url)).toEqual({ total: expected, distinct: expected });
  });
});
