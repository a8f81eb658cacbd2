// The load generator's own process (ADR 0073): forked by load-remote.ts, it produces to Kafka, or
// sends HTTP requests, the way partners and readers do, so its CPU is not the measured process's.
// It talks to the platform only over the platform's interfaces (Kafka, the query API's HTTP, and
// PostgreSQL for the projection's checkpoint, which the closed loop follows). Commands and reports
// go over the fork's IPC channel; times are epoch milliseconds (performance.timeOrigin + now()).
import type { Partner } from "@bz/contracts";
import {
  createKafkaClientEventLog,
  type KafkaClient,
  type LogProducer,
  type OutgoingRecord,
} from "@bz/event-log";
import { createLogger } from "@bz/observability";
import pg from "pg";
import { type HttpLoadResult, loadHttp } from "../benchmarks/b-http.ts";
import { closedLoop, type LoadTarget, openLoop } from "./load.ts";
import { benchSimulation, eventsOf, recordOf } from "./workload.ts";

/** Where the child sends events: the broker, its client library and each partner's topic. */
export interface KafkaSpec {
  brokers: string;
  kafkaClient: KafkaClient;
  topics: Record<string, string>;
}

/** What the parent asks the child to run. */
export type LoadSpec =
  | ({
      kind: "closed";
      clients: number;
      seed: number;
      maxLag: number;
      batch?: number;
      /** The database whose timeline checkpoint the loop follows. */
      databaseUrl: string;
    } & KafkaSpec)
  | ({
      kind: "open";
      clients: number;
      seed: number;
      rate: number;
      durationMs: number;
      /** Every `every`-th event is the partner's event about `subject` (G2's HTTP probes). */
      probe?: { every: number; subject: string; partner: Partner };
      /** Report each event's scheduled time and each acknowledgement to the parent (G2). */
      report?: boolean;
      /** How long events wait to be sent together (a producer's linger); default 5 ms. */
      tickMs?: number;
    } & KafkaSpec)
  | {
      kind: "http";
      url: string;
      seconds: number;
      rate?: number;
      connections?: number;
      /** Requests drawn at random: a path and whose bearer token it carries (none: GET the url). */
      requests?: { path: string; reader: string }[];
      /** Each reader's bearer token. */
      tokens?: Record<string, string>;
    }
  | {
      /** B_pipe's producer: `events` pre-encoded records, batches of 500, 4 sends in flight. */
      kind: "produce";
      client: KafkaClient;
      brokers: string;
      topic: string;
      events: number;
      seed: number;
    };

/** Messages from the child. */
export type LoadReport =
  | { type: "ready" }
  | { type: "scheduled"; events: [id: string, at: number, probe: boolean][] }
  | { type: "acked"; ids: string[]; at: number }
  | { type: "status"; id: number; produced: number; projected: number; maxLag: number }
  | { type: "done"; result: Record<string, unknown> }
  | { type: "failed"; message: string };

/** Messages to the child. */
export type LoadCommand =
  | { type: "start"; spec: LoadSpec }
  | { type: "status"; id: number }
  | { type: "stop" };

const epoch = (at = performance.now()) => performance.timeOrigin + at;
const send = (report: LoadReport) => process.send?.(report);
const logger = createLogger({ service: "bench-load", level: "silent" });

async function kafkaTarget(spec: KafkaSpec, projected: () => Promise<number>) {
  const log = createKafkaClientEventLog(spec.kafkaClient, {
    brokers: spec.brokers.split(","),
    clientId: "bench-load",
    logger,
  });
  const producer: LogProducer = await log.producer();
  const target: LoadTarget = {
    producer,
    topicOf: (partner) => spec.topics[partner] ?? `unknown-${partner}`,
    projected,
  };
  return {
    target,
    async close() {
      await producer.close();
      await log.close();
    },
  };
}

let stopRequested: () => void = () => undefined;
const stopped = new Promise<void>((resolve) => {
  stopRequested = resolve;
});
let statusOf: (id: number) => void = () => undefined;

async function run(spec: LoadSpec): Promise<Record<string, unknown>> {
  if (spec.kind === "closed") {
    const client = new pg.Client({ connectionString: spec.databaseUrl, application_name: "bz-bench-load" });
    await client.connect();
    const checkpoint = async () => {
      const { rows } = await client.query<{ position: string }>(
        "select position::text as position from projection_checkpoints where projection = 'client-timeline'",
      );
      return Math.max(0, Number(rows[0]?.position ?? "0"));
    };
    const kafka = await kafkaTarget(spec, () => checkpoint().catch(() => 0));
    try {
      const load = closedLoop({
        pipeline: kafka.target,
        simulation: benchSimulation(spec.clients, spec.seed),
        maxLag: spec.maxLag,
        ...(spec.batch === undefined ? {} : { batch: spec.batch }),
      });
      statusOf = (id) =>
        send({
          type: "status",
          id,
          produced: load.produced(),
          projected: load.projected(),
          maxLag: load.takeMaxLag(),
        });
      send({ type: "ready" });
      await stopped;
      await load.stop();
      return { produced: load.produced(), maxLag: load.takeMaxLag() };
    } finally {
      await kafka.close();
      await client.end();
    }
  }
  if (spec.kind === "open") {
    const kafka = await kafkaTarget(spec, async () => 0);
    try {
      const simulation = benchSimulation(spec.clients, spec.seed);
      const { probe } = spec;
      let scheduled: [string, number, boolean][] = [];
      const flush = setInterval(() => {
        if (scheduled.length === 0) return;
        send({ type: "scheduled", events: scheduled });
        scheduled = [];
      }, 5);
      send({ type: "ready" });
      const load = openLoop({
        pipeline: kafka.target,
        simulation,
        rate: spec.rate,
        durationMs: spec.durationMs,
        ...(spec.tickMs === undefined ? {} : { tickMs: spec.tickMs }),
        ...(probe === undefined
          ? {}
          : {
              eventFor: (index: number, at: Date) =>
                index % probe.every === 0
                  ? { ...simulation.nextEvent(at, probe.partner), subject: probe.subject }
                  : simulation.nextEvent(at),
            }),
        ...(spec.report === true
          ? {
              onScheduled: (event, at) =>
                scheduled.push([event.eventId, epoch(at), event.subject === probe?.subject]),
              onAcknowledged: (events) => {
                // The schedule of these events goes first, so the parent knows them when the ack comes.
                if (scheduled.length > 0) send({ type: "scheduled", events: scheduled });
                scheduled = [];
                send({ type: "acked", ids: events.map((e) => e.eventId), at: epoch() });
              },
            }
          : {}),
      });
      try {
        const result = await load.done;
        return { ...result, started: epoch(load.started) };
      } finally {
        clearInterval(flush);
        if (scheduled.length > 0) send({ type: "scheduled", events: scheduled });
      }
    } finally {
      await kafka.close();
    }
  }
  if (spec.kind === "http") {
    const { requests } = spec;
    let token = "";
    send({ type: "ready" });
    const result = await loadHttp({
      url: spec.url,
      seconds: spec.seconds,
      ...(spec.rate === undefined ? {} : { rate: spec.rate }),
      ...(spec.connections === undefined ? {} : { connections: spec.connections }),
      ...(requests === undefined || requests.length === 0
        ? {}
        : {
            path: () => {
              const request = requests[Math.floor(Math.random() * requests.length)];
              token = spec.tokens?.[request?.reader ?? ""] ?? "";
              return request?.path ?? "/";
            },
            // autocannon asks for the path, then the headers, of each request.
            headers: () => ({ authorization: `Bearer ${token}` }),
          }),
    });
    const summary: HttpLoadResult = {
      latency: { p50: result.latency.p50, p99: result.latency.p99, p99_9: result.latency.p99_9 },
      requests: { average: result.requests.average, total: result.requests.total },
      non2xx: result.non2xx,
      "2xx": result["2xx"],
      errors: result.errors,
      statusCodeStats: result.statusCodeStats,
    };
    return summary as unknown as Record<string, unknown>;
  }
  // produce: B_pipe's bare producer, same batches and in-flight sends as before it moved here.
  const records = eventsOf(benchSimulation(5_000, spec.seed), spec.events).map(recordOf);
  const batches: (typeof records)[] = [];
  for (let i = 0; i < records.length; i += 500) batches.push(records.slice(i, i + 500));
  const producer = await bareProducer(spec.client, spec.brokers.split(","), spec.topic);
  try {
    send({ type: "ready" });
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < batches.length) await producer.send(batches[next++] ?? []);
      }),
    );
    return {
      started: epoch(started),
      produceSeconds: (performance.now() - started) / 1000,
      payloadBytes: records.reduce((sum, r) => sum + r.value.length, 0) / spec.events,
    };
  } finally {
    await producer.close();
  }
}

/** A bare idempotent producer (acks=all) of either client, as B_pipe and B_pipe_platformatic use. */
async function bareProducer(client: KafkaClient, brokers: string[], topic: string) {
  if (client === "kafkajs") {
    const { Kafka, logLevel } = await import("kafkajs");
    const kafka = new Kafka({ clientId: "bench-pipe-load", brokers, logLevel: logLevel.NOTHING });
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    return {
      send: async (messages: OutgoingRecord[]) => {
        await producer.send({ topic, acks: -1, messages });
      },
      close: () => producer.disconnect(),
    };
  }
  const { Producer, compatibilityPartitioner } = await import("@platformatic/kafka");
  const producer = new Producer({
    clientId: "bench-pipe-plt-load",
    bootstrapBrokers: brokers,
    idempotent: true,
    retries: 8,
    partitioner: compatibilityPartitioner,
  });
  return {
    send: async (messages: OutgoingRecord[]) => {
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
    },
    close: () => producer.close(),
  };
}

process.on("message", (command: LoadCommand) => {
  if (command.type === "start") {
    run(command.spec).then(
      (result) => send({ type: "done", result }),
      (error: unknown) =>
        send({
          type: "failed",
          message: error instanceof Error ? (error.stack ?? error.message) : String(error),
        }),
    );
  } else if (command.type === "status") statusOf(command.id);
  else stopRequested();
});
process.on("disconnect", () => process.exit(0));
