// The recorder's environment (server mode), one zod schema: Kafka in, the chosen event store out.
import { env, eventStoreFields, requireEventStoreUrl, withKafkaConnection } from "@bz/config";
import { z } from "zod";

/** BZ_* variables of the recorder; BZ_EVENT_STORE picks PostgreSQL (default) or EventStoreDB. */
// BZ_KAFKA_BROKERS and the SASL/TLS variables come with withKafkaConnection (ADR 0040).
export const recorderConfig = withKafkaConnection({
  ...eventStoreFields,
  BZ_KAFKA_CLIENT: env.kafkaClient(),
  BZ_RECORDER_GROUP: z.string().min(1).default("bz-recorder"),
  BZ_TOPIC_SUFFIX: env.topicSuffix(),
  BZ_PARTITIONS: env.positiveInt(6),
  BZ_HTTP_PORT: env.port(9101),
  BZ_LOG_LEVEL: env.logLevel(),
  // Ids only: the recorder checks which key made a pseudonym, it never needs the secret.
  BZ_PSEUDONYM_KEY_IDS: z
    .string()
    .regex(/^[a-z0-9-]{1,16}(,[a-z0-9-]{1,16})*$/, "expected key ids such as k1 or k2,k1 (a-z, 0-9, -)"),
}).superRefine(requireEventStoreUrl);
