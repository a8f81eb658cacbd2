import { createKafkaEventLog } from "@bz/event-log";
import { createPostgresEventStore } from "@bz/event-store";
import { partnerTopics } from "@bz/recorder";
import { createPostgresClient } from "@bz/sql";
import { type ServiceProcess, startService } from "../../../support/service-process.ts";
import type { Benchmark } from "../harness/benchmark.ts";
import { medianOf } from "../harness/stats.ts";
import type { LoadTarget } from "../pipeline/load.ts";
import { startLoadCpuMeter, startRemoteLoad } from "../pipeline/load-remote.ts";
import { checkpointOf, storeCounts, waitForProjected } from "../pipeline/pipeline.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * G9: scale-out, shown correct. Two recorders in one consumer group and two projectors on one
 * read-model database, each its own process as in server mode, under G1's closed-loop load; half
 * way through the window one recorder and one projector are SIGKILLed. The figure is the rate over
 * the whole window, kills included; the run fails unless, once the load stops, the store holds
 * every produced event exactly once and the timeline every stored one.
 * The correctness half is also a test (test/reliability/scale-out.test.ts).
 */
export const g9ScaleOut: Benchmark = {
  name: "G9",
  title: "Scale-out: 2 recorders + 2 projectors (processes), one of each SIGKILLed mid-window",
  baseline: ["G1"],
  headline: { metric: "eventsPerSecond", unit: "ev/s" },
  units: {
    ratioToG1: "× G1",
    produced: "events",
    stored: "events",
    loadCores: "cores (load process, over the window)",
  },
  async run(context) {
    const db = await context.infra.createDatabase();
    const suffix = `.${context.infra.uniqueName("g9")}`;
    const topics = partnerTopics(suffix);
    const log = createKafkaEventLog({ brokers: context.infra.brokers.split(","), clientId: "bench-g9" });
    const services: ServiceProcess[] = [];
    const sql = createPostgresClient({ connectionString: db.url, applicationName: "bz-bench" });
    try {
      await log.createTopics(
        topics.flatMap((t) => [
          { name: t.topic, partitions: 3 },
          { name: t.deadLetterTopic, partitions: 3 },
        ]),
      );
      await (await createPostgresEventStore({ connectionString: db.url })).close();
      const env = {
        BZ_KAFKA_BROKERS: context.infra.brokers,
        BZ_DATABASE_URL: db.url,
        BZ_TOPIC_SUFFIX: suffix,
        BZ_RECORDER_GROUP: context.infra.uniqueName("recorder"),
        BZ_PSEUDONYM_KEY_IDS: "k1",
        BZ_PARTITIONS: "3",
        BZ_LOG_LEVEL: "error",
      };
      const start = (name: string) => {
        const service = startService(name, env);
        services.push(service);
        return service;
      };
      const recorder = start("recorder");
      start("recorder");
      const projector = start("projector");
      start("projector");
      const target: Pick<LoadTarget, "projected"> = { projected: () => checkpointOf(sql).catch(() => 0) };
      // G1's closed loop, from a load process of its own, as in G1.
      const load = await startRemoteLoad({
        kind: "closed",
        brokers: context.infra.brokers,
        kafkaClient: "kafkajs",
        topics: Object.fromEntries(topics.map((t) => [t.partner, t.topic])),
        clients: 20_000,
        seed: 43,
        maxLag: context.sizes.maxLag,
        databaseUrl: db.url,
      });
      let produced = 0;
      let before = { projected: 0, at: 0 };
      let after = { projected: 0, at: 0 };
      let loadUse = { pid: load.pid, cores: 0, cpuSeconds: 0 };
      try {
        // Four processes take seconds to start; the warm-up counts from the first projected event.
        await waitForProjected(target, 1, context.sizes.drainTimeoutSeconds * 1000);
        await sleep(context.sizes.ingestWarmupSeconds * 1000);
        before = { projected: await target.projected(), at: performance.now() };
        const loadCpu = startLoadCpuMeter(load);
        const half = (context.sizes.ingestWindowSeconds * 1000) / 2;
        await sleep(half);
        await recorder.kill("SIGKILL");
        await projector.kill("SIGKILL");
        await sleep(half);
        after = { projected: await target.projected(), at: performance.now() };
        loadUse = loadCpu.stop();
      } finally {
        produced = Number((await load.stop()).produced);
      }
      await waitForProjected(target, produced, context.sizes.drainTimeoutSeconds * 1000);
      const counts = await storeCounts(sql);
      if (counts.rows !== produced || counts.distinct !== produced || counts.timeline !== produced) {
        throw new Error(`after the kills: produced ${produced}, store ${JSON.stringify(counts)}`);
      }
      const eventsPerSecond = (after.projected - before.projected) / ((after.at - before.at) / 1000);
      const g1 = medianOf(context.results, "G1", "eventsPerSecond");
      return {
        values: {
          eventsPerSecond,
          produced,
          stored: counts.distinct,
          loadCores: loadUse.cores,
          ...(g1 === undefined ? {} : { ratioToG1: eventsPerSecond / g1 }),
        },
        evidence: { load: { process: "separate", pid: loadUse.pid, cores: loadUse.cores } },
      };
    } finally {
      for (const service of services) await service.kill("SIGKILL");
      await sql.close();
      await log.close();
      await db.drop();
    }
  },
};
