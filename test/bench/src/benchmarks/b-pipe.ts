import type { KafkaClient } from "@bz/event-log";
import { Admin, Consumer } from "@platformatic/kafka";
import { Kafka, logLevel } from "kafkajs";
import type { Benchmark } from "../harness/benchmark.ts";
import { fromEpoch, startLoadCpuMeter, startRemoteLoad } from "../pipeline/load-remote.ts";

/**
 * The baseline's producer runs in a load process of its own (ADR 0073), as G1's does, so the ratio
 * G1 / B_pipe compares a consumer side with a consumer side. Resolves once every record was sent;
 * `started` is the first send in this process's clock, for the rate up to the last record consumed.
 */
async function produceRemotely(
  client: KafkaClient,
  brokers: string,
  topic: string,
  events: number,
): Promise<{
  started: number;
  produceSeconds: number;
  payloadBytes: number;
  load: { pid: number; cores: number };
}> {
  const load = await startRemoteLoad({ kind: "produce", client, brokers, topic, events, seed: 3 });
  try {
    const cpu = startLoadCpuMeter(load);
    const result = await load.done;
    const { pid, cores } = cpu.stop();
    return {
      started: fromEpoch(Number(result.started)),
      produceSeconds: Number(result.produceSeconds),
      payloadBytes: Number(result.payloadBytes),
      load: { pid, cores },
    };
  } finally {
    await load.stop().catch(() => undefined);
  }
}

/**
 * B_pipe: bare kafkajs, the same encoded events produced (acks=all, batches of 500, 4 in flight)
 * by a load process to a 3-partition topic and consumed by one group member in this process; events/s from the first
 * send to the last event consumed.
 */
export const bPipe: Benchmark = {
  name: "B_pipe",
  title: "Bare kafkajs produce → consume, same payloads, acks=all",
  baseline: [],
  headline: { metric: "eventsPerSecond", unit: "ev/s" },
  units: { produceSeconds: "s", payloadBytes: "B", loadCores: "cores (producer process, while producing)" },
  async run(context) {
    const n = context.sizes.baselineEvents;
    const kafka = new Kafka({
      clientId: "bench-pipe",
      brokers: context.infra.brokers.split(","),
      logLevel: logLevel.NOTHING,
    });
    const topic = context.infra.uniqueName("bench.pipe");
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
    await admin.disconnect();
    const consumer = kafka.consumer({ groupId: context.infra.uniqueName("bench-pipe") });
    await consumer.connect();
    try {
      let consumed = 0;
      let lastConsumedAt = 0;
      let resolveAll: () => void = () => undefined;
      const all = new Promise<void>((resolve) => {
        resolveAll = resolve;
      });
      await consumer.subscribe({ topic, fromBeginning: true });
      await consumer.run({
        eachBatch: async ({ batch }) => {
          consumed += batch.messages.length;
          lastConsumedAt = performance.now();
          if (consumed >= n) resolveAll();
        },
      });
      const { started, produceSeconds, payloadBytes, load } = await produceRemotely(
        "kafkajs",
        context.infra.brokers,
        topic,
        n,
      );
      const timeout = setTimeout(resolveAll, 120_000);
      await all;
      clearTimeout(timeout);
      const seconds = (lastConsumedAt - started) / 1000;
      if (consumed < n) throw new Error(`B_pipe consumed ${consumed} of ${n} records`);
      return {
        values: {
          eventsPerSecond: n / seconds,
          produceSeconds,
          payloadBytes,
          loadCores: load.cores,
        },
        evidence: { load: { process: "separate", ...load } },
      };
    } finally {
      await consumer.disconnect();
      const cleanup = kafka.admin();
      await cleanup.connect();
      await cleanup.deleteTopics({ topics: [topic] }).catch(() => undefined);
      await cleanup.disconnect();
    }
  },
};

/**
 * B_pipe_platformatic: the same as B_pipe on bare @platformatic/kafka (idempotent, acks=all,
 * batches of 500, 4 sends in flight, one stream consumer), so each client is measured against its
 * own ceiling.
 */
export const bPipePlatformatic: Benchmark = {
  name: "B_pipe_platformatic",
  title: "Bare @platformatic/kafka produce → consume, same payloads, acks=all",
  baseline: [],
  headline: { metric: "eventsPerSecond", unit: "ev/s" },
  units: { produceSeconds: "s", payloadBytes: "B", loadCores: "cores (producer process, while producing)" },
  async run(context) {
    const n = context.sizes.baselineEvents;
    const base = { clientId: "bench-pipe-plt", bootstrapBrokers: context.infra.brokers.split(",") };
    const topic = context.infra.uniqueName("bench.pipe");
    const admin = new Admin(base);
    await admin.createTopics({ topics: [topic], partitions: 3, replicas: 1 });
    const consumer = new Consumer({
      ...base,
      groupId: context.infra.uniqueName("bench-pipe"),
      autocommit: true,
    });
    try {
      let consumed = 0;
      let lastConsumedAt = 0;
      let resolveAll: () => void = () => undefined;
      const all = new Promise<void>((resolve) => {
        resolveAll = resolve;
      });
      const stream = await consumer.consume({ topics: [topic], mode: "earliest", autocommit: true });
      stream.on("data", () => {
        consumed += 1;
        lastConsumedAt = performance.now();
        if (consumed >= n) resolveAll();
      });
      const { started, produceSeconds, payloadBytes, load } = await produceRemotely(
        "platformatic",
        context.infra.brokers,
        topic,
        n,
      );
      const timeout = setTimeout(resolveAll, 120_000);
      await all;
      clearTimeout(timeout);
      const seconds = (lastConsumedAt - started) / 1000;
      await stream.close();
      if (consumed < n) throw new Error(`B_pipe_platformatic consumed ${consumed} of ${n} records`);
      return {
        values: {
          eventsPerSecond: n / seconds,
          produceSeconds,
          payloadBytes,
          loadCores: load.cores,
        },
        evidence: { load: { process: "separate", ...load } },
      };
    } finally {
      await consumer.close(true);
      await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
      await admin.close();
    }
  },
};
