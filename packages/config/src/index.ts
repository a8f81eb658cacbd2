export type { EventStoreChoice } from "./event-store-choice.ts";
export { eventStoreChoice, eventStoreFields, requireEventStoreUrl } from "./event-store-choice.ts";
export { env } from "./fields.ts";
export type { KafkaConnection } from "./kafka-connection.ts";
export {
  checkKafkaCredentials,
  kafkaConnection,
  kafkaConnectionFields,
  withKafkaConnection,
} from "./kafka-connection.ts";
export { loadConfig, loadConfigOrExit } from "./load-config.ts";
