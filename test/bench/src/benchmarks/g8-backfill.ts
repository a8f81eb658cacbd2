import { randomBytes } from "node:crypto";
import { type Partner, partners } from "@bz/contracts";
import { createPartnerPublisher, type PartnerPublisher } from "@bz/partner-sdk";
import { createPseudonymizer } from "@bz/privacy";
import { loadScenario, seededRandom, simulateHistory } from "@bz/simulation";
import { backfill } from "@bz/simulator";
import { Kafka, logLevel } from "kafkajs";
import type { BenchContext, Benchmark } from "../harness/benchmark.ts";

/**
 * G8: `simulator backfill` of the four wards through the partner SDK (validation, local
 * pseudonymisation, idempotent acks=all produce), every partner to its own 3-partition topic.
 * Events/s from the first send to the last acknowledgement, beside B_pipe; and the seconds the
 * history took to simulate, and to simulate and send, for the period (ten years at full size).
 */
export const g8Backfill: Benchmark = {
  name: "G8",
  title: "Backfill of the four wards 2016 → through the partner SDK, acks=all",
  baseline: ["B_pipe"],
  headline: { metric: "eventsPerSecond", unit: "ev/s" },
  units: {
    simulateSeconds: "s",
    sendSeconds: "s",
    totalSeconds: "s",
    events: "events",
    months: "months",
    ratioToBaseline: "×",
  },
  repetitions: () => 1,
  async run(context) {
    const months = context.sizes.backfillMonths;
    const from = Date.UTC(2016, 0, 1);
    const to = Date.UTC(2016, months, 1);
    const pseudonymizer = createPseudonymizer({ id: "k1", secret: randomBytes(32) });
    const scenario = loadScenario();
    const started = performance.now();
    const history = simulateHistory({
      scenario,
      random: seededRandom(scenario.seed),
      from,
      to,
      identity: {
        pseudonymize: (bsn) => pseudonymizer.pseudonymize(bsn),
        pseudonymizeHousehold: (key) => pseudonymizer.pseudonymizeHousehold(key),
      },
    });
    const simulateSeconds = (performance.now() - started) / 1000;
    const bsns = new Map(history.population.residents.map((r) => [r.subject, r.bsn]));
    const topics = new Map(partners.map((p) => [p.id, context.infra.uniqueName(`bench.backfill.${p.slug}`)]));
    await createTopics(context, [...topics.values()]);
    const publishers = new Map<Partner, PartnerPublisher>();
    try {
      for (const [partner, topic] of topics) {
        publishers.set(
          partner,
          createPartnerPublisher({
            partner,
            brokers: context.infra.brokers.split(","),
            pseudonymizer,
            topic,
          }),
        );
      }
      const sendStarted = performance.now();
      const result = await backfill({
        events: history.events,
        bsnOf: (subject) => bsns.get(subject) ?? "",
        pathOf: (partner) => {
          const publisher = publishers.get(partner);
          if (publisher === undefined) throw new Error(`no publisher for ${partner}`);
          return { publish: async (events) => void (await publisher.publish(events)) };
        },
      });
      const sendSeconds = (performance.now() - sendStarted) / 1000;
      if (result.sent !== history.events.length)
        throw new Error(`sent ${result.sent} of ${history.events.length}`);
      const eventsPerSecond = result.sent / sendSeconds;
      const baseline = context.results.get("B_pipe")?.spreads.eventsPerSecond?.median;
      return {
        values: {
          eventsPerSecond,
          events: result.sent,
          months,
          simulateSeconds,
          sendSeconds,
          totalSeconds: simulateSeconds + sendSeconds,
          ...(baseline === undefined ? {} : { ratioToBaseline: eventsPerSecond / baseline }),
        },
        evidence: { byPartner: result.byPartner },
      };
    } finally {
      await Promise.all([...publishers.values()].map((p) => p.close()));
      await deleteTopics(context, [...topics.values()]);
    }
  },
};

async function createTopics(context: BenchContext, topics: string[]): Promise<void> {
  const admin = kafka(context).admin();
  await admin.connect();
  await admin.createTopics({
    topics: topics.map((topic) => ({ topic, numPartitions: 3 })),
    waitForLeaders: true,
  });
  await admin.disconnect();
}

async function deleteTopics(context: BenchContext, topics: string[]): Promise<void> {
  const admin = kafka(context).admin();
  await admin.connect();
  await admin.deleteTopics({ topics }).catch(() => undefined);
  await admin.disconnect();
}

function kafka(context: BenchContext): Kafka {
  return new Kafka({
    clientId: "bench-backfill",
    brokers: context.infra.brokers.split(","),
    logLevel: logLevel.NOTHING,
  });
}
