export type { DroppableDatabase, TestDatabase } from "./database.ts";
export { createDatabase } from "./database.ts";
export type { DockerEndpoint, DockerProbe } from "./docker.ts";
export { dockerEndpoints, probeDocker } from "./docker.ts";
export type { EventStoreDbTarget } from "./eventstoredb.ts";
export { eventStoreDbTarget } from "./eventstoredb.ts";
export { freePort } from "./free-port.ts";
export type { TestKafkaConnection, TestPrincipal } from "./kafka.ts";
export {
  createNamedTopics,
  createTestTopics,
  kafkaBrokers,
  kafkaConnectionAs,
  kafkaDataDir,
  kafkaEnvAs,
  kafkaSaslAccess,
  plaintextTestKafka,
  testKafka,
  uniqueName,
} from "./kafka.ts";
export type { KafkaSaslAccess, StartedKafka } from "./kafka-broker.ts";
export { startKafkaBroker, testScramUsers } from "./kafka-broker.ts";
export { createTestDatabase, useTestDatabase } from "./postgres.ts";
export type { WaitForOptions } from "./wait-for.ts";
export { waitFor } from "./wait-for.ts";
