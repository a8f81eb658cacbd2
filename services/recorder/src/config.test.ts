import { eventStoreChoice, loadConfig } from "@bz/config";
import { describe, expect, it } from "vitest";
import { recorderConfig } from "./config.ts";

const kafka = { BZ_KAFKA_BROKERS: "127.0.0.1:9092", BZ_PSEUDONYM_KEY_IDS: "k1" };

describe("the recorder's event store setting", () => {
  it("records into PostgreSQL by default, at BZ_DATABASE_URL", () => {
    const config = loadConfig(recorderConfig, { ...kafka, BZ_DATABASE_URL: "postgres://db/bz" });
    expect(eventStoreChoice(config)).toEqual({ kind: "postgres", connectionString: "postgres://db/bz" });
  });

  it("records into EventStoreDB when BZ_EVENT_STORE=eventstoredb, needing no PostgreSQL", () => {
    const config = loadConfig(recorderConfig, {
      ...kafka,
      BZ_EVENT_STORE: "eventstoredb",
      BZ_EVENTSTORE_URL: "kurrentdb://esdb:2113?tls=false",
    });
    expect(eventStoreChoice(config)).toEqual({
      kind: "eventstoredb",
      connectionString: "kurrentdb://esdb:2113?tls=false",
    });
  });

  it("refuses an unknown store, naming the variable, the bad value and the choices", () => {
    expect(() =>
      loadConfig(recorderConfig, {
        ...kafka,
        BZ_EVENT_STORE: "mongodb",
        BZ_DATABASE_URL: "postgres://db/bz",
      }),
    ).toThrow('BZ_EVENT_STORE is "mongodb": expected postgres or eventstoredb');
  });

  it("refuses eventstoredb without its URL, or with a URL of another kind", () => {
    expect(() => loadConfig(recorderConfig, { ...kafka, BZ_EVENT_STORE: "eventstoredb" })).toThrow(
      "BZ_EVENTSTORE_URL is not set: required when BZ_EVENT_STORE is eventstoredb",
    );
    expect(() =>
      loadConfig(recorderConfig, {
        ...kafka,
        BZ_EVENT_STORE: "eventstoredb",
        BZ_EVENTSTORE_URL: "http://esdb:2113",
      }),
    ).toThrow('BZ_EVENTSTORE_URL is "http://esdb:2113": expected a kurrentdb:// URL');
  });

  it("refuses postgres (the default) without BZ_DATABASE_URL", () => {
    expect(() => loadConfig(recorderConfig, kafka)).toThrow(
      "BZ_DATABASE_URL is not set: required when BZ_EVENT_STORE is postgres",
    );
  });
});
