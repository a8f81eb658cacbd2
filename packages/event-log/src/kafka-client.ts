import type { EventLog } from "./event-log.ts";
import { createKafkaEventLog, type KafkaEventLogOptions } from "./kafka.ts";
import { createPlatformaticEventLog } from "./platformatic/platformatic-log.ts";

/** The Kafka client libraries the event log can run on (BZ_KAFKA_CLIENT); ADR 0055 picks the default. */
export const kafkaClients = ["platformatic", "kafkajs"] as const;
export type KafkaClient = (typeof kafkaClients)[number];

/** The Kafka event log on the chosen client; both pass the same contract suite. */
export function createKafkaClientEventLog(client: KafkaClient, options: KafkaEventLogOptions): EventLog {
  return client === "platformatic" ? createPlatformaticEventLog(options) : createKafkaEventLog(options);
}
