import "./provided.ts";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { Kafka, logLevel, type SASLOptions } from "kafkajs";
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

/**
 * A SCRAM user of the run's broker: `admin` (the super user), `recorder`, `partner-<slug>` and
 * `gateway-<slug>` for each catalogue partner, `ops` (the principals of ADR 0040), or `stranger`
 * (no rights).
 */
export type TestPrincipal =
  | "admin"
  | "recorder"
  | "ops"
  | "stranger"
  | `partner-${string}`
  | `gateway-${string}`;

/** How a client reaches the run's broker as one principal: the shape of @bz/config's KafkaConnection. */
export interface TestKafkaConnection {
  brokers: string[];
  sasl: { mechanism: "scram-sha-512"; username: string; password: string };
  tls?: { ca: string[] };
}

/**
 * The SASL listener (SCRAM-SHA-512) and `principal`'s credentials, as a service of that principal
 * connects in production; with `tls` the SASL_SSL listener, trusting the broker's certificate.
 * Tests connect this way rather than through the anonymous loopback listener, so each one runs
 * with the rights `platform kafka provision` grants that principal, and no more.
 */
export function kafkaConnectionAs(
  principal: TestPrincipal,
  options: { tls?: boolean } = {},
): TestKafkaConnection {
  const access = kafkaSaslAccess();
  const password = access.passwords[principal];
  if (password === undefined) {
    throw new Error(`the test broker has no SCRAM user ${principal} (see testScramUsers in @bz/testkit)`);
  }
  const sasl = { mechanism: "scram-sha-512" as const, username: principal, password };
  return options.tls === true
    ? { brokers: [access.tlsBrokers], sasl, tls: { ca: [access.ca] } }
    : { brokers: [access.brokers], sasl };
}

/**
 * The BZ_KAFKA_* variables a service's process needs to connect as `principal` (see
 * {@link kafkaConnectionAs}); with `tls`, BZ_KAFKA_TLS_CA_FILE names the broker's certificate.
 */
export function kafkaEnvAs(
  principal: TestPrincipal,
  options: { tls?: boolean } = {},
): Record<string, string> {
  const connection = kafkaConnectionAs(principal, options);
  const dataDir = kafkaDataDir();
  return {
    BZ_KAFKA_BROKERS: connection.brokers.join(","),
    BZ_KAFKA_SASL_MECHANISM: connection.sasl.mechanism,
    BZ_KAFKA_SASL_USERNAME: connection.sasl.username,
    BZ_KAFKA_SASL_PASSWORD: connection.sasl.password,
    ...(options.tls === true && dataDir !== undefined
      ? { BZ_KAFKA_TLS: "true", BZ_KAFKA_TLS_CA_FILE: join(dataDir, "tls", "broker.pem") }
      : {}),
  };
}

/**
 * A kafkajs client for tests over the SASL listener, as `principal` (default the super user `admin`,
 * for what a test does around the services: creating topics, reading what landed), quiet unless
 * something is really wrong.
 */
export function testKafka(clientId = "bz-test", principal: TestPrincipal = "admin"): Kafka {
  const { brokers, sasl, tls } = kafkaConnectionAs(principal);
  return new Kafka({
    clientId,
    brokers,
    sasl: sasl as SASLOptions,
    ...(tls === undefined ? {} : { ssl: tls }),
    logLevel: logLevel.ERROR,
  });
}

/**
 * A kafkajs client on the anonymous loopback PLAINTEXT listener (a super user there, ADR 0040), for
 * the few tests about that listener itself or about a broker the run did not start.
 */
export function plaintextTestKafka(clientId = "bz-test"): Kafka {
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
  return createNamedTopics(bases.map(uniqueName), partitions);
}

/** Creates topics of exactly these names (as `admin`) and deletes them after the calling file's tests. */
export async function createNamedTopics(names: string[], partitions = 3): Promise<string[]> {
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
