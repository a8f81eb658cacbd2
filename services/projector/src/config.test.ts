import { eventStoreChoice, loadConfig } from "@bz/config";
import { describe, expect, it } from "vitest";
import { projectorConfig } from "./config.ts";

describe("the projector's event store setting", () => {
  it("follows PostgreSQL by default, with the read models in the same database unless told otherwise", () => {
    const config = loadConfig(projectorConfig, { BZ_DATABASE_URL: "postgres://db/bz" });
    expect(eventStoreChoice(config)).toEqual({ kind: "postgres", connectionString: "postgres://db/bz" });
    expect(config.BZ_READ_MODEL_URL).toBeUndefined();
  });

  it("follows EventStoreDB's $all with its read models and checkpoints in BZ_READ_MODEL_URL", () => {
    const config = loadConfig(projectorConfig, {
      BZ_EVENT_STORE: "eventstoredb",
      BZ_EVENTSTORE_URL: "kurrentdb://esdb:2113?tls=false",
      BZ_READ_MODEL_URL: "postgres://db/read",
    });
    expect(eventStoreChoice(config).kind).toBe("eventstoredb");
    expect(config.BZ_READ_MODEL_URL).toBe("postgres://db/read");
  });

  it("refuses eventstoredb without a read-model database, and an unknown store by name", () => {
    expect(() =>
      loadConfig(projectorConfig, {
        BZ_EVENT_STORE: "eventstoredb",
        BZ_EVENTSTORE_URL: "kurrentdb://esdb:2113?tls=false",
      }),
    ).toThrow("BZ_READ_MODEL_URL is not set: required when BZ_EVENT_STORE is eventstoredb");
    expect(() => loadConfig(projectorConfig, { BZ_EVENT_STORE: "EventStore" })).toThrow(
      'BZ_EVENT_STORE is "EventStore": expected postgres or eventstoredb',
    );
  });
});
