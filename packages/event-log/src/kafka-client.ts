import { BzError } from "@bz/errors";
import type { EventLog } from "./event-log.ts";
import { createKafkaEventLog, type KafkaEventLogOptions } from "./kafka.ts";
import { createPlatformaticEventLog } from "./platformatic/platformatic-log.ts";

/** The Kafka client libraries the event log can run on (BZ_KAFKA_CLIENT); ADR 0055 picks the default. */
export const kafkaClients = ["platformatic", "kafkajs"] as const;
export type KafkaClient = (typeof kafkaClients)[number];

/** The Kafka event log on the chosen client; both pass the same contract suite. */
export function createKafkaClientEventLog(client: KafkaClient, options: KafkaEventLogOptions): EventLog {
  if (client === "kafkajs") return createKafkaEventLog(options);
  // The platformatic adapter does not pass SASL or TLS on yet: refuse rather than connect anonymously.
  if (options.sasl !== undefined || options.tls !== undefined) {
    throw new BzError(
      "CONFIG_INVALID",
      "BZ_KAFKA_CLIENT=platformatic does not support BZ_KAFKA_SASL_* or BZ_KAFKA_TLS* yet; use BZ_KAFKA_CLIENT=kafkajs on an authenticated broker",
    );
  }
  return createPlatformaticEventLog(options);
}
