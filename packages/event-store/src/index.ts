export type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  RecordedEvent,
  StreamAppend,
  SubscribeOptions,
  Subscription,
} from "./event-store.ts";
export type { EventStoreDbOptions } from "./eventstoredb.ts";
export { createEventStoreDbStore } from "./eventstoredb.ts";
export type { EventStoreSelection } from "./open-event-store.ts";
export { openEventStore } from "./open-event-store.ts";
export type {
  EmbeddedEventStoreOptions,
  PostgresEventStoreOptions,
  SqlEventStoreOptions,
} from "./postgres.ts";
export { createEmbeddedEventStore, createPostgresEventStore, createSqlEventStore } from "./postgres.ts";
export type { StoreErrorClass } from "./store-errors.ts";
export { classifyStoreError, storeErrorClasses } from "./store-errors.ts";
