export { env } from "./fields.ts";
export type { KafkaConnection } from "./kafka-connection.ts";
export { kafkaConnection, kafkaConnectionFields, withKafkaConnection } from "./kafka-connection.ts";
export { loadConfig, loadConfigOrExit } from "./load-config.ts";
