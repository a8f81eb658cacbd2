import { randomBytes } from "node:crypto";
import { type Partner, partners } from "@bz/contracts";
import { createKafkaEventLog, type EventLog } from "@bz/event-log";
import { buildGateway, type Gateway, hashApiKey, parseApiKeys } from "@bz/gateway";
import { grantTestAccess } from "@bz/kafka-access/testing";
import { createLogger, type Logger } from "@bz/observability";
import { createPseudonymizer } from "@bz/privacy";
import { createNamedTopics, kafkaConnectionAs, testKafka, uniqueName, waitFor } from "@bz/testkit";
import type { KafkaMessage } from "kafkajs";

/**
 * Test harness of the gateway's integration tests: a gateway on the run's real broker with fresh
 * topics for Trajekt and Envida, writing as production does (each partner's events as its
 * `gateway-<slug>` principal, with the ACLs provisioning grants), and a reader of every record on a
 * topic (as `admin`).
 */

/** The API keys the harness configures (in clear here; the gateway holds only their hashes). */
export const keys = { trajekt: "trajekt-test-key", envida: "envida-test-key" } as const;

/** A started gateway and what a test needs around it. */
export interface TestGateway {
  gateway: Gateway;
  topics: Record<"TRAJEKT" | "ENVIDA", string>;
  pseudonymize(bsn: string): string;
  pseudonymizeHousehold(householdKey: string): string;
  stop(): Promise<void>;
}

/** Creates the topics (deleted after the file's tests) and starts a gateway on them. */
export async function startTestGateway(
  options: {
    logger?: Logger;
    bodyLimit?: number;
    maxBatchEvents?: number;
    /** A partner whose topic is never created, so every send of it fails. */
    missingTopicFor?: "TRAJEKT" | "ENVIDA";
    rateLimit?: { perAddress: number; perPartner: number; windowMs: number };
  } = {},
): Promise<TestGateway> {
  const suffix = `.${randomBytes(4).toString("hex")}`;
  await grantTestAccess({ topicSuffix: suffix, recorderGroup: `bz-recorder${suffix}` });
  const topics = { TRAJEKT: `care.trajekt.v1${suffix}`, ENVIDA: `care.envida.v1${suffix}` };
  // A missing topic stays within the partner's rights: its sends fail because it does not exist.
  await createNamedTopics(
    Object.entries(topics)
      .filter(([partner]) => partner !== options.missingTopicFor)
      .map(([, topic]) => topic),
    2,
  );
  const logger = options.logger ?? createLogger({ service: "gateway-test", level: "silent" });
  // The gateway's own log is a principal without rights: every write must go through logFor.
  const log = createKafkaEventLog({
    ...kafkaConnectionAs("stranger"),
    clientId: uniqueName("gateway-test"),
    logger,
  });
  const partnerLogs = new Map<Partner, EventLog>();
  const logFor = (partner: Partner): EventLog => {
    let partnerLog = partnerLogs.get(partner);
    if (partnerLog === undefined) {
      const slug = partners.find((p) => p.id === partner)?.slug ?? partner.toLowerCase();
      partnerLog = createKafkaEventLog({
        ...kafkaConnectionAs(`gateway-${slug}`),
        clientId: uniqueName(`gateway-test-${slug}`),
        logger,
      });
      partnerLogs.set(partner, partnerLog);
    }
    return partnerLog;
  };
  const pseudonymizer = createPseudonymizer({ id: "k1", secret: randomBytes(32) });
  const gateway = await buildGateway({
    log,
    logFor,
    apiKeys: parseApiKeys(`trajekt=${hashApiKey(keys.trajekt)},envida=${hashApiKey(keys.envida)}`),
    pseudonymizer,
    logger,
    topicFor: (partner: Partner) => {
      if (partner === "TRAJEKT" || partner === "ENVIDA") return topics[partner];
      throw new Error(`the harness has no topic for ${partner}`);
    },
    ...(options.bodyLimit === undefined ? {} : { bodyLimit: options.bodyLimit }),
    ...(options.maxBatchEvents === undefined ? {} : { maxBatchEvents: options.maxBatchEvents }),
    ...(options.rateLimit === undefined ? {} : { rateLimit: options.rateLimit }),
  });
  return {
    gateway,
    topics,
    pseudonymize: (bsn) => pseudonymizer.pseudonymize(bsn),
    pseudonymizeHousehold: (key) => pseudonymizer.pseudonymizeHousehold(key),
    async stop() {
      await gateway.stop();
      for (const partnerLog of partnerLogs.values()) await partnerLog.close();
      await log.close();
    },
  };
}

/** Every message on `topic` from the beginning, read with kafkajs until `enough` holds. */
export async function readTopic(
  topic: string,
  enough: (messages: KafkaMessage[]) => boolean,
): Promise<KafkaMessage[]> {
  const consumer = testKafka("gateway-test-reader").consumer({
    groupId: uniqueName("gateway-test-reader"),
    // Short fetch waits: disconnecting waits for the fetch in flight.
    maxWaitTimeInMs: 200,
  });
  const messages: KafkaMessage[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void messages.push(message) });
    await waitFor(() => enough(messages), { what: `the expected records on ${topic}` });
  } finally {
    await consumer.disconnect();
  }
  return messages;
}
