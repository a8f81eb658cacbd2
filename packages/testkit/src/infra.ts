// `@bz/testkit/infra`: the parts of the kit that need no vitest, for benchmarks and scripts.
export type { DroppableDatabase, TestDatabase } from "./database.ts";
export { createDatabase } from "./database.ts";
export { freePort } from "./free-port.ts";
export type { KafkaSaslAccess, StartedKafka } from "./kafka-broker.ts";
export { startKafkaBroker, testScramUsers } from "./kafka-broker.ts";
export type { WaitForOptions } from "./wait-for.ts";
export { waitFor } from "./wait-for.ts";
