import type { AllStreamResolvedEvent } from "@kurrent/kurrentdb-client";
import { describe, expect, it } from "vitest";
import { toRecorded } from "./eventstoredb.ts";

// The mapping from the client's records to the port's, checked offline (no server on this machine).
function resolved(streamId: string, type: string, extra: object = {}): AllStreamResolvedEvent {
  return {
    event: {
      streamId,
      id: "6f1c2a9e-1c1e-4a55-9f51-0f3f3c1a7c11",
      isJson: true,
      revision: 4n,
      type,
      created: new Date("2026-01-01T00:00:00Z"),
      data: { ward: "Limmel" },
      metadata: { partner: "envida" },
      position: { commit: 900n, prepare: 812n },
      ...extra,
    },
  } as AllStreamResolvedEvent;
}

describe("EventStoreDB record mapping", () => {
  it("maps revision, prepare position, data and metadata", () => {
    expect(toRecorded(resolved("client-1", "ContactDelivered"))).toEqual({
      streamId: "client-1",
      revision: 4,
      globalPosition: 812n,
      eventId: "6f1c2a9e-1c1e-4a55-9f51-0f3f3c1a7c11",
      type: "ContactDelivered",
      data: { ward: "Limmel" },
      metadata: { partner: "envida" },
      recordedAt: new Date("2026-01-01T00:00:00Z"),
    });
  });

  it("drops system events and gives binary or missing metadata as an empty object", () => {
    expect(toRecorded(resolved("$stats-127.0.0.1:2113", "$statsCollected"))).toBeUndefined();
    expect(toRecorded(resolved("client-1", "$metadata"))).toBeUndefined();
    expect(toRecorded({} as AllStreamResolvedEvent)).toBeUndefined();
    expect(toRecorded(resolved("client-1", "X", { metadata: new Uint8Array([1]) }))?.metadata).toEqual({});
    expect(toRecorded(resolved("client-1", "X", { position: undefined }))?.globalPosition).toBe(-1n);
  });
});
