import { Admin, Consumer, compatibilityPartitioner, Producer } from "@platformatic/kafka";
import { Kafka, logLevel } from "kafkajs";
import type { Benchmark } from "../harness/benchmark.ts";
import { benchSimulation, eventsOf, recordOf } from "../pipeline/workload.ts";

/**
 * B_pipe: bare kafkajs, the same encoded events produced (acks=all, batches of 500, 4 in flight)
 * to a 3-partition topic and consumed by one group member in this process; events/s from the first
 * send to the last event consumed.
 */
export const bPipe: Benchmark = {
  name: "B_pipe",
  title: "Bare kafkajs produce → consume, same payloads, acks=all",
  baseline: [],
  headline: { metric: "eventsPerSecond", unit: "ev/s" },
  units: { produceSeconds: "s", payloadBytes: "B" },
  async run(context) {
    const n = context.sizes.baselineEvents;
    const records = eventsOf(benchSimulation(5_000, 3), n).map(recordOf);
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
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    const consumer = kafka.consumer({ groupId: context.infra.uniqueName("bench-pipe") });
    await Promise.all([producer.connect(), consumer.connect()]);
    try {
      let consumed = 0;
      let resolveAll: () => void = () => undefined;
      const all = new Promise<void>((resolve) => {
        resolveAll = resolve;
      });
      await consumer.subscribe({ topic, fromBeginning: true });
      await consumer.run({
        eachBatch: async ({ batch }) => {
          consumed += batch.messages.length;
          if (consumed >= n) resolveAll();
        },
      });
      const started = performance.now();
      const batches: (typeof records)[] = [];
      for (let i = 0; i < records.length; i += 500) batches.push(records.slice(i, i + 500));
      let next = 0;
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          while (next < batches.length) {
            const messages = batches[next++] ?? [];
            await producer.send({ topic, acks: -1, messages });
          }
        }),
      );
      const produceSeconds = (performance.now() - started) / 1000;
      const timeout = setTimeout(resolveAll, 120_000);
      await all;
      clearTimeout(timeout);
      const seconds = (performance.now() - started) / 1000;
      if (consumed < n) throw new Error(`B_pipe consumed ${consumed} of ${n} records`);
      return {
        values: {
          eventsPerSecond: n / seconds,
          produceSeconds,
          payloadBytes: records.reduce((sum, r) => sum + r.value.length, 0) / n,
        },
      };
    } finally {
      await Promise.all([producer.disconnect(), consumer.disconnect()]);
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
  units: { produceSeconds: "s", payloadBytes: "B" },
  async run(context) {
    const n = context.sizes.baselineEvents;
    const records = eventsOf(benchSimulation(5_000, 3), n).map(recordOf);
    const base = { clientId: "bench-pipe-plt", bootstrapBrokers: context.infra.brokers.split(",") };
    const topic = context.infra.uniqueName("bench.pipe");
    const admin = new Admin(base);
    await admin.createTopics({ topics: [topic], partitions: 3, replicas: 1 });
    const producer = new Producer({
      ...base,
      idempotent: true,
      retries: 8,
      partitioner: compatibilityPartitioner,
    });
    const consumer = new Consumer({
      ...base,
      groupId: context.infra.uniqueName("bench-pipe"),
      autocommit: true,
    });
    try {
      let consumed = 0;
      let resolveAll: () => void = () => undefined;
      const all = new Promise<void>((resolve) => {
        resolveAll = resolve;
      });
      const stream = await consumer.consume({ topics: [topic], mode: "earliest", autocommit: true });
      stream.on("data", () => {
        consumed += 1;
        if (consumed >= n) resolveAll();
      });
      const started = performance.now();
      const batches: (typeof records)[] = [];
      for (let i = 0; i < records.length; i += 500) batches.push(records.slice(i, i + 500));
      let next = 0;
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          while (next < batches.length) {
            const messages = batches[next++] ?? [];
            await producer.send({
              messages: messages.map((m) => ({
                topic,
                key: Buffer.from(m.key, "utf8"),
                value: m.value,
                headers: new Map(
                  Object.entries(m.headers ?? {}).map(([k, v]) => [Buffer.from(k), Buffer.from(String(v))]),
                ),
              })),
            });
          }
        }),
      );
      const produceSeconds = (performance.now() - started) / 1000;
      const timeout = setTimeout(resolveAll, 120_000);
      await all;
      clearTimeout(timeout);
      const seconds = (performance.now() - started) / 1000;
      await stream.close();
      if (consumed < n) throw new Error(`B_pipe_platformatic consumed ${consumed} of ${n} records`);
      return {
        values: {
          eventsPerSecond: n / seconds,
          produceSeconds,
          payloadBytes: records.reduce((sum, r) => sum + r.value.length, 0) / n,
        },
      };
    } finally {
      await Promise.all([producer.close(), consumer.close(true)]);
      await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
      await admin.close();
    }
  },
};
