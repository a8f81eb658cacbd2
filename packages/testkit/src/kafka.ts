import "./provided.ts";
import { randomBytes } from "node:crypto";
import { Kafka, logLevel } from "kafkajs";
import { afterAll, inject } from "vitest";
import type { KafkaSaslAccess } from "./kafka-broker.ts";

/** Bootstrap servers of the run's real broker. */
export function kafkaBrokers(): string[] {
  return inject("kafkaBrokers").split(",");
}

/** The data folder of the run's own broker, or undefined when the run reuses a broker it did not start. */
export function kafkaDataDir(): string | undefined {
  const dir = inject("kafkaDataDir");
  return dir === "" ? undefined : dir;
}

/**
 * The run's broker's authenticated listeners and SCRAM passwords. Only a broker the run started has
 * them; with KAFKA_BROKERS set this throws, so a test of authentication fails rather than passing
 * against a broker without it.
 */
export function kafkaSaslAccess(): KafkaSaslAccess {
  const text = inject("kafkaSasl");
  if (text === "") {
    throw new Error(
      "this test needs the SASL listeners of the broker the test kit starts; unset KAFKA_BROKERS to let it start one",
    );
  }
  return JSON.parse(text) as KafkaSaslAccess;
}

/** A kafkajs client for tests, quiet unless something is really wrong. */
export function testKafka(clientId = "bz-test"): Kafka {
  return new Kafka({ clientId, brokers: kafkaBrokers(), logLevel: logLevel.ERROR });
}

/** A topic name no other test uses: `<base>.<random>`. */
export function uniqueName(base: string): string {
  return `${base}.${randomBytes(4).toString("hex")}`;
}

/**
 * Creates topics with unique names for the calling test file and deletes them after its tests.
 * Returns the created names in the order of `bases`.
 */
export async function createTestTopics(bases: string[], partitions = 3): Promise<string[]> {
  const names = bases.map(uniqueName);
  const admin = testKafka("bz-test-admin").admin();
  await admin.connect();
  try {
    await admin.createTopics({
      topics: names.map((topic) => ({ topic, numPartitions: partitions, replicationFactor: 1 })),
      waitForLeaders: true,
    });
  } finally {
    await admin.disconnect();
  }
  afterAll(async () => {
    const cleanup = testKafka("bz-test-admin").admin();
    await cleanup.connect();
    try {
      await cleanup.deleteTopics({ topics: names });
    } finally {
      await cleanup.disconnect();
    }
  });
  return names;
}
