import { createEventStoreDbStore } from "@bz/event-store";
import { runEventStoreContract } from "@bz/event-store/testing";
import { it } from "vitest";

// EventStoreDB needs Docker, which this machine lacks. On a Docker host:
//   docker compose -f infra/compose.yaml up -d eventstoredb
//   EVENTSTORE_URL=kurrentdb://127.0.0.1:2113?tls=false make test
const url = process.env.EVENTSTORE_URL;

if (url === undefined || url === "") {
  it.skip("skipped: EVENTSTORE_URL is not set (EventStoreDB cannot run on this machine)", () => undefined);
} else {
  // One server for all tests: the suite only looks at its own, uniquely named streams.
  runEventStoreContract(
    "EventStoreDB",
    async () => ({
      store: await createEventStoreDbStore({ connectionString: url }),
      cleanup: async () => undefined,
    }),
    // No multi-stream transaction, and the server allows one event id in several streams.
    { atomicBatch: false, eventIdsUniqueAcrossStreams: false },
  );
}
