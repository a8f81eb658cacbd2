import { isBzError } from "@bz/errors";
import { createPlatformaticEventLog } from "@bz/event-log";
import { runEventLogContract } from "@bz/event-log/testing";
import { freePort, kafkaBrokers, plaintextTestKafka, uniqueName } from "@bz/testkit";
import { describe, expect, it } from "vitest";

// Plaintext on purpose: the @platformatic/kafka adapter has no SASL or TLS options yet (ADR 0040 lists
// it as kafkajs-only), so its suite runs on the loopback listener, where anonymous is a super user.
runEventLogContract("kafka (@platformatic/kafka)", async () => {
  const log = createPlatformaticEventLog({
    brokers: kafkaBrokers(),
    clientId: uniqueName("bz-event-log-plt"),
  });
  const topics: string[] = [];
  return {
    log,
    topicName(base) {
      const name = uniqueName(base);
      topics.push(name);
      return name;
    },
    async cleanup() {
      await log.close();
      const admin = plaintextTestKafka("bz-event-log-cleanup").admin();
      await admin.connect();
      try {
        const existing = new Set(await admin.listTopics());
        await admin.deleteTopics({ topics: topics.filter((topic) => existing.has(topic)) });
      } finally {
        await admin.disconnect();
      }
    },
  };
});

describe("Kafka event log on @platformatic/kafka", () => {
  it("reports an unreachable broker as LOG_UNAVAILABLE, retryable", async () => {
    const port = await freePort();
    const log = createPlatformaticEventLog({
      brokers: [`127.0.0.1:${port}`],
      clientId: "bz-unreachable",
      retries: 1,
    });
    try {
      const topicError = await log.endOffsets("care.nobody.v1").catch((error: unknown) => error);
      expect(isBzError(topicError, "LOG_UNAVAILABLE")).toBe(true);
      expect((topicError as { retryable: boolean }).retryable).toBe(true);
      const producerError = await log.producer().catch((error: unknown) => error);
      expect(isBzError(producerError, "LOG_UNAVAILABLE")).toBe(true);
    } finally {
      await log.close();
    }
  });
});
