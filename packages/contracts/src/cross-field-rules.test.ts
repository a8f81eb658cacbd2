import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type CareEvent, decodeEvent, encodeEvent, parseEvent } from "@bz/contracts";
import { arbitraryEvent, sampleEvent } from "@bz/contracts/testing";
import { isBzError } from "@bz/errors";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalogueSource } from "./catalogue-source.ts";
import { ruleIds } from "./cross-field-rules.ts";
import { buildRegistry } from "./registry.ts";

const contracts = join(import.meta.dirname, "..", "..", "..", "contracts");

/** The message of the CONTRACT_INVALID_VALUE error `action` throws. */
function refusal(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (isBzError(error) && error.code === "CONTRACT_INVALID_VALUE") return error.message;
    throw error;
  }
  throw new Error("expected CONTRACT_INVALID_VALUE, got no error");
}

describe("cross-field rules", () => {
  it("given a GROUP contact without a group size, when parsed or encoded, then it is refused naming groupSize", () => {
    const bad = sampleEvent("ContactDelivered", { mode: "GROUP", groupSize: null });
    expect(refusal(() => parseEvent(bad))).toMatch(/at groupSize: a GROUP contact needs groupSize/);
    expect(refusal(() => encodeEvent(bad))).toMatch(/groupSize/);
    expect(refusal(() => parseEvent({ ...bad, mode: "PHONE", groupSize: 4 }))).toMatch(
      /PHONE contact has no groupSize/,
    );
    expect(parseEvent({ ...bad, groupSize: 6 })).toMatchObject({ mode: "GROUP", groupSize: 6 });
  });

  it("given a cost whose period ends before it starts, then it is refused naming periodEnd", () => {
    const bad = sampleEvent("CostIncurred", { periodStart: "2024-03-31", periodEnd: "2024-03-01" });
    expect(refusal(() => parseEvent(bad))).toMatch(
      /at periodEnd: periodEnd 2024-03-01 is before periodStart/,
    );
    expect(parseEvent({ ...bad, periodEnd: "2024-03-31" })).toMatchObject({ periodEnd: "2024-03-31" });
    expect(
      refusal(() => parseEvent({ ...bad, periodEnd: "2024-04-30", volume: 3, volumeUnit: null })),
    ).toMatch(/volumeUnit/);
    expect(refusal(() => parseEvent({ ...bad, periodEnd: "2024-04-30", financingDomain: null }))).toMatch(
      /at financingDomain/,
    );
  });

  it("given a move whose new ward is not the ward of its buurt code, then it is refused naming toWard", () => {
    const bad = sampleEvent("SubjectMoved", { buurtCode: "BU09350404", toWard: "NAZARETH" });
    expect(refusal(() => parseEvent(bad))).toMatch(
      /at toWard: buurt code BU09350404 lies in LIMMEL, not NAZARETH/,
    );
    expect(parseEvent({ ...bad, toWard: "LIMMEL" })).toMatchObject({ toWard: "LIMMEL" });
    expect(parseEvent({ ...bad, buurtCode: "BU09350101", toWard: "ELSEWHERE" })).toMatchObject({
      toWard: "ELSEWHERE",
    });
  });

  it("given a referral answer whose id cannot be a referral id, or a coordination without household, then it is refused", () => {
    const answer = sampleEvent("ReferralAccepted", { referralId: "ref 1\n" });
    expect(refusal(() => parseEvent(answer))).toMatch(/at referralId/);
    expect(parseEvent({ ...answer, referralId: "ref-1" })).toMatchObject({ referralId: "ref-1" });
    const coordination = sampleEvent("CoordinatorAssigned", { household: null });
    expect(refusal(() => parseEvent(coordination))).toMatch(/at household/);
  });

  it("reads events stored before a rule existed (a v1 GROUP contact without group size)", () => {
    const source = readCatalogueSource(contracts);
    const registry = buildRegistry(source);
    const writer = registry.byType.get("ContactDelivered")?.versions.find((v) => v.version === 1);
    if (writer === undefined) throw new Error("no v1 writer");
    const {
      groupSize: _g,
      ageBand: _a,
      ...v1Value
    } = sampleEvent("ContactDelivered", {
      mode: "GROUP",
      groupSize: 3,
      financingDomain: "WMO",
      publisher: "TRAJEKT",
    });
    const body = writer.type.toBuffer({
      ...v1Value,
      schemaVersion: 1,
      occurredAt: Date.parse(v1Value.occurredAt),
      recordedAt: null,
    });
    const header = Buffer.alloc(10);
    header[0] = 0xc3;
    header[1] = 0x01;
    header.writeBigUInt64LE(writer.fingerprint, 2);
    const decoded = decodeEvent(Buffer.concat([header, body]));
    expect(decoded).toMatchObject({ schemaVersion: 3, mode: "GROUP", groupSize: null });
  });

  it("every sample of every type keeps its rules, and the codec round-trips it", () => {
    fc.assert(
      fc.property(arbitraryEvent(), (event: CareEvent) => {
        expect(decodeEvent(encodeEvent(event))).toEqual(event);
      }),
      { numRuns: 200 },
    );
  });

  it("a schema naming a rule the codec does not implement is refused when the registry is built", () => {
    const source = structuredClone(readCatalogueSource(contracts));
    const latest = source.events.filter((e) => e.eventType === "SubjectMoved").at(-1);
    if (latest === undefined) throw new Error("SubjectMoved missing");
    latest.schema["bz.rules"] = { "moon-phase": "The moon is full." };
    expect(() => buildRegistry(source)).toThrow(/declares the rule "moon-phase"/);
    expect(ruleIds).toContain("ward-matches-buurt");
    // Every rule the catalogue documents is implemented (the real registry builds).
    expect(readFileSync(join(contracts, "events", "subject-moved", "v2.avsc"), "utf8")).toContain(
      "ward-matches-buurt",
    );
  });
});
