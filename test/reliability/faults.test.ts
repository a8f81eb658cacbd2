// The fault suite of issue 9: the recorder against the real broker and PostgreSQL while things
// break. Each test ends with the same count (fault-harness.ts): rows = distinct ids = good events
// sent, dead letters = bad records sent (each once), timeline = rows.
import { createKafkaEventLog, type EventLog } from "@bz/event-log";
import { createPostgresEventStore, type EventStore } from "@bz/event-store";
import { createPartnerSender, grantTestAccess } from "@bz/kafka-access/testing";
import { createLogger } from "@bz/observability";
import { buildRecorderService, type RecorderService, type RecorderTopic } from "@bz/recorder";
import { createPostgresClient } from "@bz/sql";
import { createTestDatabase, kafkaConnectionAs, kafkaEnvAs, uniqueName, waitFor } from "@bz/testkit";
import { afterEach, describe, expect, inject, it } from "vitest";
import { type ServiceProcess, startService } from "../support/service-process.ts";
import { caughtUp, expectExactlyOnce, faultTopics, keyId, mixedRecords } from "./fault-harness.ts";

const logger = createLogger({ service: "fault-test", level: "silent" });
const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step().catch(() => undefined);
});

async function database() {
  const db = await createTestDatabase();
  cleanup.push(() => db.drop());
  return db;
}

// The recorder runs as `recorder` and Trajekt's records go out as `partner-trajekt`, with the rights
// provisioning gives this environment; `log` (admin) only watches offsets and dead letters.
async function inProcessRecorder(url: string, topics: RecorderTopic[], suffix: string) {
  const log: EventLog = createKafkaEventLog({ ...kafkaConnectionAs("admin"), clientId: "fault-test" });
  cleanup.push(() => log.close());
  const recorderLog = createKafkaEventLog({ ...kafkaConnectionAs("recorder"), clientId: "fault-recorder" });
  cleanup.push(() => recorderLog.close());
  const store: EventStore = await createPostgresEventStore({ connectionString: url });
  cleanup.push(() => store.close());
  const groupId = uniqueName("fault-recorder");
  await grantTestAccess({ topicSuffix: suffix, recorderGroup: groupId });
  const service: RecorderService = await buildRecorderService({
    log: recorderLog,
    store,
    topics,
    groupId,
    pseudonymKeyIds: [keyId],
    logger,
    partitions: 3,
  });
  cleanup.push(() => service.stop());
  const producer = createPartnerSender("fault-test");
  cleanup.push(() => producer.close());
  /** Store appends the recorder found refused for a passing reason, from its /metrics. */
  const storeRetries = async () => {
    const body = (await service.http.inject({ url: "/metrics" })).body;
    return body
      .split("\n")
      .filter((line) => line.startsWith("bz_recorder_store_retries_total"))
      .reduce((sum, line) => sum + Number(line.split(" ").at(-1)), 0);
  };
  return { log, groupId, producer, storeRetries };
}

describe("the recorder under faults", () => {
  it("stores each event once while the store's connections are killed mid-append, again and again", async () => {
    const db = await database();
    const { topics, trajekt, suffix } = faultTopics();
    const { log, groupId, producer } = await inProcessRecorder(db.url, topics, suffix);
    const { events, records, bad } = mixedRecords(1, 600, 40);
    const admin = createPostgresClient({ connectionString: db.url, max: 1 });
    cleanup.push(() => admin.close());
    // After each chunk, wait until the recorder holds a connection for it (busy appending or idle
    // in its pool) and kill it: one kill per chunk at least, whatever the machine's speed. Killing
    // only what happened to be open at a fixed moment once gave 3 kills on a busy machine.
    let killed = 0;
    let chunks = 0;
    for (let i = 0; i < records.length; i += 40) {
      await producer.send(trajekt.topic, records.slice(i, i + 40));
      chunks += 1;
      killed += await waitFor(
        async () => {
          const { rows } = await admin.query<{ n: number }>(
            `select count(pg_terminate_backend(pid))::int as n from pg_stat_activity
             where datname = current_database() and application_name = 'bz-event-store'`,
          );
          return (rows[0]?.n ?? 0) > 0 ? (rows[0]?.n ?? 0) : undefined;
        },
        {
          what: `the recorder opening a store connection for chunk ${chunks}`,
          timeoutMs: 60_000,
          intervalMs: 5,
        },
      );
    }
    expect(killed).toBeGreaterThanOrEqual(chunks);
    await waitFor(() => caughtUp(log, groupId, topics), {
      what: "the recorder committing every record despite the killed connections",
      timeoutMs: 120_000,
    });
    await expectExactlyOnce({ url: db.url, log, trajekt, events, bad });
  });

  it("waits out a database that refuses connections, then stores everything once", async () => {
    const db = await database();
    const { topics, trajekt, suffix } = faultTopics();
    const { log, groupId, producer, storeRetries } = await inProcessRecorder(db.url, topics, suffix);
    const { events, records, bad } = mixedRecords(2, 300, 20);
    const half = Math.floor(records.length / 2);
    await producer.send(trajekt.topic, records.slice(0, half));
    await waitFor(() => caughtUp(log, groupId, topics), {
      what: "the first half recorded",
      timeoutMs: 60_000,
    });

    const admin = createPostgresClient({ connectionString: inject("postgresAdminUrl"), max: 1 });
    cleanup.push(() => admin.close());
    const allow = (yes: boolean) => admin.exec(`alter database "${db.name}" allow_connections ${yes}`);
    cleanup.push(() => allow(true));
    await allow(false);
    await admin.query("select pg_terminate_backend(pid) from pg_stat_activity where datname = $1", [db.name]);
    await producer.send(trajekt.topic, records.slice(half));
    // Refused until the recorder met the closed door several times (its backoff grows to 2 s, so
    // this is some seconds), counted where an operator's alert would look.
    await waitFor(async () => (await storeRetries()) >= 6, {
      what: "the recorder retrying against the closed database six times",
      timeoutMs: 120_000,
    });
    expect(await caughtUp(log, groupId, topics)).toBe(false);
    await allow(true);
    await waitFor(() => caughtUp(log, groupId, topics), {
      what: "the recorder catching up once the database lets it in again",
      timeoutMs: 120_000,
    });
    await expectExactlyOnce({ url: db.url, log, trajekt, events, bad });
  });

  it("writes each dead letter once although the recorder is SIGKILLed while dead-lettering", async () => {
    const db = await database();
    const { topics, trajekt, suffix } = faultTopics();
    const log = createKafkaEventLog({ ...kafkaConnectionAs("admin"), clientId: "fault-kill" });
    cleanup.push(() => log.close());
    const groupId = uniqueName("fault-kill");
    await grantTestAccess({ topicSuffix: suffix, recorderGroup: groupId });
    await log.createTopics(
      topics.flatMap((t) => [
        { name: t.topic, partitions: 3 },
        { name: t.deadLetterTopic, partitions: 3 },
      ]),
    );
    // Mostly bad records: the recorder is dead-lettering most of the time it runs.
    const { events, records, bad } = mixedRecords(3, 800, 800);
    const producer = createPartnerSender("fault-kill");
    for (let i = 0; i < records.length; i += 200)
      await producer.send(trajekt.topic, records.slice(i, i + 200));
    await producer.close();
    const store = await createPostgresEventStore({ connectionString: db.url });
    await store.close();
    const env = {
      ...kafkaEnvAs("recorder"),
      BZ_DATABASE_URL: db.url,
      BZ_TOPIC_SUFFIX: suffix,
      BZ_RECORDER_GROUP: groupId,
      BZ_PSEUDONYM_KEY_IDS: keyId,
      BZ_PARTITIONS: "3",
    };
    const running: ServiceProcess[] = [];
    cleanup.push(async () => {
      for (const service of running) await service.kill("SIGKILL");
    });
    const dlqEnd = async () =>
      (await log.endOffsets(trajekt.deadLetterTopic)).reduce((sum, end) => sum + Number(end.offset), 0);
    for (let kill = 1; kill <= 2; kill++) {
      const before = await dlqEnd();
      const recorder = startService("recorder", env);
      running.push(recorder);
      await waitFor(async () => (await dlqEnd()) > before, {
        what: `the recorder writing dead letters (start ${kill})\n${recorder.output()}`,
        timeoutMs: 90_000,
        intervalMs: 5,
      });
      await recorder.kill("SIGKILL");
    }
    expect(await caughtUp(log, groupId, topics)).toBe(false);
    const last = startService("recorder", env);
    running.push(last);
    await waitFor(() => caughtUp(log, groupId, topics), {
      what: `the restarted recorder committing everything\n${last.output()}`,
      timeoutMs: 120_000,
    });
    await last.kill("SIGTERM");
    await expectExactlyOnce({ url: db.url, log, trajekt, events, bad });
  });
});
