export type { EmbeddedEventLogOptions } from "./embedded.ts";
export { createEmbeddedEventLog } from "./embedded.ts";
export type {
  BatchOutcome,
  ConsumeOptions,
  EventLog,
  LogConsumer,
  LogProducer,
  LogRecord,
  OutgoingRecord,
  RecordBatch,
} from "./event-log.ts";
export { MAX_RECORD_BYTES } from "./event-log.ts";
export type { KafkaEventLogOptions, KafkaSasl, KafkaTls } from "./kafka.ts";
export { createKafkaEventLog } from "./kafka.ts";
export type { KafkaClient } from "./kafka-client.ts";
export { createKafkaClientEventLog, kafkaClients } from "./kafka-client.ts";
export type { LogErrorClass } from "./kafka-errors.ts";
export { classifyKafkaError, logErrorClasses } from "./kafka-errors.ts";
export type { EventLogLogger } from "./logger.ts";
export { partitionForKey } from "./partitioner.ts";
export type { PlatformaticEventLogOptions } from "./platformatic/platformatic-log.ts";
export { createPlatformaticEventLog } from "./platformatic/platformatic-log.ts";
export { MERGED_SEND_BYTES, splitBySize } from "./send-queue.ts";
