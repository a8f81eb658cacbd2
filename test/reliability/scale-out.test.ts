// Scale-out, shown correct (issue 14, item 9): two recorders in one consumer group and two
// projectors on one read-model database, under a steady stream from seven partners; one recorder
// and one projector are SIGKILLed part way. Afterwards the store holds every event once, the
// timeline holds every event once, and every read model equals a projection of the same store by
// one projector alone, row for row: nothing lost, nothing counted twice.
import { encodeEvent } from "@bz/contracts";
import { createKafkaEventLog } from "@bz/event-log";
import { createPostgresEventStore } from "@bz/event-store";
import { createPartnerSender, grantTestAccess } from "@bz/kafka-access/testing";
import { createPseudonymizer } from "@bz/privacy";
import { startProjection, timelineProjection } from "@bz/projections";
import { partnerTopics } from "@bz/recorder";
import { createCareSimulation, publishingPartners } from "@bz/simulation";
import { createPostgresClient, type SqlClient } from "@bz/sql";
import { createTestDatabase, kafkaConnectionAs, kafkaEnvAs, uniqueName, waitFor } from "@bz/testkit";
import { wardProjection } from "@bz/ward-views";
import { afterEach, describe, expect, it } from "vitest";
import { type ServiceProcess, startService } from "../support/service-process.ts";
import { caughtUp } from "./fault-harness.ts";

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step().catch(() => undefined);
});

const projections = [timelineProjection, wardProjection];

async function scalar(sql: SqlClient, text: string): Promise<string | undefined> {
  try {
    return (await sql.query<{ v: string }>(text)).rows[0]?.v;
  } catch (error) {
    if ((error as { code?: string }).code === "42P01") return undefined; // not created yet
    throw error;
  }
}

/** The lowest checkpoint of the projector's projections (-1 before the first batch). */
async function slowestCheckpoint(sql: SqlClient): Promise<bigint> {
  const names = projections.map((p) => `'${p.name}'`).join(", ");
  const count = await scalar(
    sql,
    `select count(*)::text as v from projection_checkpoints where projection in (${names})`,
  );
  if (count !== String(projections.length)) return -1n;
  const min = await scalar(
    sql,
    `select min(position)::text as v from projection_checkpoints where projection in (${names})`,
  );
  return BigInt(min ?? "-1");
}

/** Every read-model table's rows as text, sorted: what two databases are compared by. */
async function readModelRows(sql: SqlClient): Promise<Map<string, string[]>> {
  const { rows } = await sql.query<{ name: string }>(
    `select tablename as name from pg_tables where schemaname = 'public'
       and (tablename like 'ward\\_%' or tablename like 'timeline\\_%') order by 1`,
  );
  const result = new Map<string, string[]>();
  for (const { name } of rows) {
    const dump = await sql.query<{ row: string }>(`select t::text as row from "${name}" t order by 1`);
    result.set(
      name,
      dump.rows.map((r) => r.row),
    );
  }
  return result;
}

describe("two recorders and two projectors, one of each killed mid-run", () => {
  it("store, timeline and ward views hold each event exactly once", async () => {
    const db = await createTestDatabase();
    cleanup.push(() => db.drop());
    const suffix = `.${uniqueName("scale").replace(".", "-")}`;
    const topics = partnerTopics(suffix);
    const groupId = uniqueName("bz-recorder-scale");
    // Recorders run as `recorder` and partners send as themselves, with the rights provisioning gives
    // this environment; `log` (admin) creates the topics and watches the offsets.
    await grantTestAccess({ topicSuffix: suffix, recorderGroup: groupId });
    const log = createKafkaEventLog({ ...kafkaConnectionAs("admin"), clientId: "scale-out-test" });
    cleanup.push(() => log.close());
    await log.createTopics(
      topics.flatMap((t) => [
        { name: t.topic, partitions: 3 },
        { name: t.deadLetterTopic, partitions: 3 },
      ]),
    );
    const store = await createPostgresEventStore({ connectionString: db.url });
    cleanup.push(() => store.close());
    const sql = createPostgresClient({ connectionString: db.url, max: 2 });
    cleanup.push(() => sql.close());

    const env = {
      ...kafkaEnvAs("recorder"),
      BZ_DATABASE_URL: db.url,
      BZ_TOPIC_SUFFIX: suffix,
      BZ_RECORDER_GROUP: groupId,
      BZ_PSEUDONYM_KEY_IDS: "scale",
      BZ_PARTITIONS: "3",
    };
    const services: ServiceProcess[] = [];
    const start = (name: string) => {
      const service = startService(name, env);
      services.push(service);
      cleanup.push(() => service.kill("SIGKILL"));
      return service;
    };
    const output = () => services.map((s) => s.output()).join("\n");
    const [recorderA] = [start("recorder"), start("recorder")];
    const [projectorA] = [start("projector"), start("projector")];

    const producer = createPartnerSender("scale-out-test");
    cleanup.push(() => producer.close());
    const pseudonymizer = createPseudonymizer({ id: "scale", secret: Buffer.alloc(32, 9) });
    const simulation = createCareSimulation({
      seed: 14,
      clients: 400,
      pseudonymize: pseudonymizer.pseudonymize,
    });
    const rounds = 6;
    const perPartnerPerRound = 150;
    const expected = rounds * perPartnerPerRound * publishingPartners.length;
    const stored = async () =>
      Number((await scalar(sql, "select count(*)::text as v from event_store.events")) ?? 0);

    let killedRecorderAt = -1;
    let killedProjectorAt = -1n;
    for (let round = 0; round < rounds; round++) {
      const at = new Date(Date.UTC(2026, 9, 1) + round * 86_400_000);
      for (const partner of publishingPartners) {
        const topic = topics.find((t) => t.partner === partner)?.topic ?? "";
        const records = Array.from({ length: perPartnerPerRound }, () => {
          const event = simulation.nextEvent(at, partner);
          return { key: event.subject, value: encodeEvent(event) };
        });
        await producer.send(topic, records);
      }
      if (round === 2) {
        // Both recorders have stored part of the stream; one dies with work in hand.
        killedRecorderAt = await waitFor(
          async () => {
            const n = await stored();
            return n >= expected / 4 ? n : undefined;
          },
          { what: `a quarter of the events stored\n${output()}`, timeoutMs: 120_000, intervalMs: 10 },
        );
        await recorderA?.kill("SIGKILL");
        killedProjectorAt = await waitFor(
          async () => {
            const position = await slowestCheckpoint(sql);
            return position >= BigInt(Math.floor(expected / 5)) ? position : undefined;
          },
          {
            what: `both projections past a fifth of the events\n${output()}`,
            timeoutMs: 120_000,
            intervalMs: 10,
          },
        );
        await projectorA?.kill("SIGKILL");
      }
    }
    expect(killedRecorderAt).toBeGreaterThan(0);
    expect(killedRecorderAt).toBeLessThan(expected);
    expect(killedProjectorAt).toBeGreaterThan(0n);

    // The survivors take over the dead one's partitions and finish the stream.
    await waitFor(() => caughtUp(log, groupId, topics), {
      what: `the surviving recorder committing every topic to its end\n${output()}`,
      timeoutMs: 180_000,
    });
    expect(
      await sql.query<{ n: number; ids: number }>(
        "select count(*)::int as n, count(distinct event_id)::int as ids from event_store.events",
      ),
    ).toMatchObject({ rows: [{ n: expected, ids: expected }] });
    const last = (await store.readAll({ after: BigInt(expected - 2), maxCount: 10 })).at(-1)?.globalPosition;
    expect(last).toBeDefined();
    await waitFor(async () => (await slowestCheckpoint(sql)) === last, {
      what: `the surviving projector reaching position ${last}\n${output()}`,
      timeoutMs: 180_000,
    });
    for (const service of services) await service.kill("SIGTERM");
    expect(
      (
        await sql.query<{ n: number; ids: number }>(
          "select count(*)::int as n, count(distinct event_id)::int as ids from timeline_entries",
        )
      ).rows[0],
    ).toEqual({ n: expected, ids: expected });

    // The same store projected by one projector alone, into a database of its own.
    const reference = await createTestDatabase();
    cleanup.push(() => reference.drop());
    const referenceSql = createPostgresClient({ connectionString: reference.url, max: 2 });
    cleanup.push(() => referenceSql.close());
    for (const projection of projections) {
      const subscription = await startProjection({ store, sql: referenceSql, projection });
      cleanup.push(() => subscription.stop());
    }
    await waitFor(async () => (await slowestCheckpoint(referenceSql)) === last, {
      what: "the reference projection reaching the end of the store",
      timeoutMs: 180_000,
    });
    const [scaled, alone] = [await readModelRows(sql), await readModelRows(referenceSql)];
    expect([...scaled.keys()]).toEqual([...alone.keys()]);
    expect(scaled.size).toBeGreaterThan(1);
    for (const [table, rows] of alone) expect(scaled.get(table), table).toEqual(rows);
  });
});
