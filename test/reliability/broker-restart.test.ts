// The fault suite, broker part: a broker of its own, stopped and restarted while the recorder is
// part way through a stream. Ends like every fault test: rows = distinct ids = good events sent,
// one dead letter per bad record, timeline = rows.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { createKafkaEventLog } from "@bz/event-log";
import { createPostgresEventStore } from "@bz/event-store";
import { createLogger } from "@bz/observability";
import { buildRecorderService } from "@bz/recorder";
import { createPostgresClient } from "@bz/sql";
import { createTestDatabase, startKafkaBroker, uniqueName, waitFor } from "@bz/testkit";
import { describe, expect, it } from "vitest";
import { caughtUp, expectExactlyOnce, faultTopics, keyId, mixedRecords } from "./fault-harness.ts";

const run = promisify(execFile);
const kafkaScript = join(import.meta.dirname, "..", "..", "infra", "kafka", "kafka.sh");

describe("the recorder when the broker goes away", () => {
  it("stores each event once and dead-letters each bad record once across a broker stop and restart", async () => {
    const broker = await startKafkaBroker();
    const db = await createTestDatabase();
    const brokers = [broker.brokers];
    const port = broker.brokers.split(":").at(-1) ?? "";
    const controllerPort =
      /controller\.quorum\.voters=1@127\.0\.0\.1:(\d+)/.exec(
        readFileSync(join(broker.dataDir, "server.properties"), "utf8"),
      )?.[1] ?? "";
    // Plaintext on purpose: this test stops and restarts a broker of its own with kafka.sh's default
    // SASL ports, which differ from the free ones it first started with; the loopback listener keeps
    // its port across the restart. What SASL adds (rights) is not what this test is about.
    const log = createKafkaEventLog({ brokers, clientId: "broker-restart" });
    const store = await createPostgresEventStore({ connectionString: db.url });
    const { topics, trajekt } = faultTopics();
    const groupId = uniqueName("broker-restart");
    const service = await buildRecorderService({
      log,
      store,
      topics,
      groupId,
      pseudonymKeyIds: [keyId],
      logger: createLogger({ service: "broker-restart", level: "silent" }),
      partitions: 3,
    });
    const sql = createPostgresClient({ connectionString: db.url, max: 1 });
    try {
      const { events, records, bad } = mixedRecords(4, 1500, 60);
      const half = Math.floor(records.length / 2);
      const producer = await log.producer();
      await producer.send(trajekt.topic, records.slice(0, half));
      const stored = async () =>
        (await sql.query<{ n: number }>("select count(*)::int as n from event_store.events")).rows[0]?.n ?? 0;
      await waitFor(async () => (await stored()) > 0, { what: "the recorder storing the first events" });

      await run(kafkaScript, ["stop", broker.dataDir], { timeout: 60_000 });
      const whileDown = await stored();
      expect(whileDown).toBeLessThan(events.length);
      await run(kafkaScript, ["start", broker.dataDir, port, controllerPort], { timeout: 120_000 });

      await waitFor(
        async () => {
          try {
            await producer.send(trajekt.topic, records.slice(half));
            return true;
          } catch {
            return false; // the producer reconnects to the restarted broker
          }
        },
        { what: "the second half sent to the restarted broker", timeoutMs: 120_000 },
      );
      await producer.close();
      await waitFor(() => caughtUp(log, groupId, topics), {
        what: "the recorder committing everything after the restart",
        timeoutMs: 120_000,
      });
      await expectExactlyOnce({ url: db.url, log, trajekt, events, bad });
    } finally {
      await sql.close();
      await service.stop();
      await log.close();
      await store.close();
      await broker.stop();
      await db.drop();
    }
    // A broker of its own starts (and restarts) a JVM: more than the int project's 120 s on a busy machine.
  }, 300_000);
});
