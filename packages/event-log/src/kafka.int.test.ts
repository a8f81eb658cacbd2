import { createKafkaEventLog } from "@bz/event-log";
import { runEventLogContract } from "@bz/event-log/testing";
import { kafkaBrokers, testKafka, uniqueName } from "@bz/testkit";

runEventLogContract("kafka", async () => {
  const log = createKafkaEventLog({ brokers: kafkaBrokers(), clientId: uniqueName("bz-event-log-test") });
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
      const admin = testKafka("bz-event-log-cleanup").admin();
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
