import "./provided.ts";
import { inject } from "vitest";

/** The run's EventStoreDB server, or the reason its tests are skipped. */
export type EventStoreDbTarget =
  | { url: string; skipReason?: undefined }
  | { url?: undefined; skipReason: string };

/**
 * What the global set-up found for EventStoreDB: EVENTSTORE_URL, a KurrentDB container it started,
 * or one reason line for the skipped tests. Call at a test file's top level to register them.
 */
export function eventStoreDbTarget(): EventStoreDbTarget {
  const url = inject("eventStoreUrl");
  if (typeof url === "string" && url !== "") return { url };
  const reason = inject("eventStoreSkipReason");
  return {
    skipReason:
      typeof reason === "string" && reason !== ""
        ? reason
        : "the test run's global set-up did not look for EventStoreDB (run the file in the int project)",
  };
}
