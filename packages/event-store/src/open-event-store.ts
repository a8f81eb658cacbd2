import type { EventStore } from "./event-store.ts";
import { createEventStoreDbStore } from "./eventstoredb.ts";
import { createPostgresEventStore } from "./postgres.ts";

/** A server-mode store chosen by configuration (BZ_EVENT_STORE): its kind and connection string. */
export interface EventStoreSelection {
  kind: "postgres" | "eventstoredb";
  /** postgres:// for PostgreSQL, kurrentdb:// for EventStoreDB/KurrentDB. */
  connectionString: string;
}

/** Opens the selected server-mode store; the caller closes it. */
export function openEventStore(selection: EventStoreSelection): Promise<EventStore> {
  return selection.kind === "eventstoredb"
    ? createEventStoreDbStore({ connectionString: selection.connectionString })
    : createPostgresEventStore({ connectionString: selection.connectionString });
}
