import { decodeEvent } from "@bz/contracts";
import { BzError } from "@bz/errors";
import { type CareEventWithBsn, prepareEvents } from "@bz/partner-sdk";
import { sampleEventWithBsn } from "@bz/partner-sdk/testing";
import { describe, expect, it } from "vitest";

const bsn = "111222333";
let ids = 0;
/** Fixed ids: the domain test stays free of randomness. */
const nextId = () => `0b7e6c52-3c1d-4f7e-9a51-${String(++ids).padStart(12, "0")}`;
const contact = (overrides: Record<string, unknown> = {}) =>
  ({
    eventId: nextId(),
    eventType: "ContactDelivered",
    schemaVersion: 2,
    occurredAt: "2026-03-01T09:30:00.000Z",
    publisher: "TRAJEKT",
    bsn,
    buurtCode: "BU09350400",
    financingDomain: "WMO",
    actor: { role: "SOCIAL_WORKER", professionalId: "t-001" },
    correlationId: "c-1",
    dataCategory: "SOCIAL_SUPPORT",
    mode: "HOME_VISIT",
    minutes: 45,
    ...overrides,
  }) as unknown as CareEventWithBsn;
const options = { partner: "TRAJEKT" as const, pseudonymize: (b: string) => `t:${b.length}` };

function refusal(run: () => unknown): BzError {
  try {
    run();
  } catch (error) {
    if (error instanceof BzError) return error;
    throw error;
  }
  throw new Error("expected a BzError");
}

describe("prepareEvents", () => {
  it("pseudonymises, encodes and keys each event by its pseudonym, with tracing headers", () => {
    const [prepared] = prepareEvents([contact()], options);
    expect(prepared?.record.key).toBe("t:9");
    expect(prepared?.record.headers).toEqual({
      "bz-event-type": "ContactDelivered",
      "bz-correlation-id": "c-1",
    });
    const decoded = decodeEvent(prepared?.record.value ?? Buffer.alloc(0));
    expect(decoded.subject).toBe("t:9");
    expect(JSON.stringify(decoded)).not.toContain(bsn);
  });

  it.each([
    [{ correlationId: "case 123456782" }, "INGEST_CLEAR_IDENTIFIER", "events[0].correlationId"],
    [{ household: "123456782" }, "INGEST_CLEAR_IDENTIFIER", "events[0].household"],
    [{ household: "family-7" }, "INGEST_NOT_PSEUDONYMISED", "events[0].household"],
    [{ household: `k9:${"a".repeat(43)}` }, "PRIVACY_UNKNOWN_KEY", "events[0].household"],
  ])("refuses %o with %s naming %s, never echoing a BSN", (change, code, field) => {
    const error = refusal(() =>
      prepareEvents([contact(change)], { ...options, knownKeyIds: new Set(["k1"]) }),
    );
    expect(error.code).toBe(code);
    expect(error.message).toContain(field);
    expect(error.message).not.toContain("123456782");
  });

  it("accepts a household pseudonym of a known key", () => {
    const household = `k1:${"b".repeat(43)}`;
    const [prepared] = prepareEvents([contact({ household })], { ...options, knownKeyIds: new Set(["k1"]) });
    expect(prepared?.event.household).toBe(household);
  });

  it("lists every invalid field of every event, naming them as the caller does, without the BSN", () => {
    const error = refusal(() =>
      prepareEvents(
        [
          contact(),
          contact({ minutes: -1, bsn: "111222334" }),
          contact({ subject: "x", eventType: "Nope" }),
          7,
        ],
        { ...options, nameOf: (i) => `body.events[${i}]` },
      ),
    );
    expect(error.code).toBe("CONTRACT_INVALID_VALUE");
    const names = (error.details.invalidParams as { name: string }[]).map((p) => p.name);
    expect(names).toEqual([
      "body.events[1].minutes",
      "body.events[1].bsn",
      "body.events[2].eventType",
      "body.events[3]",
    ]);
    expect(`${error.message}${JSON.stringify(error.details)}`).not.toContain("111222334");
  });

  it("sends a consent naming professional roles, and names recipientRoles when a role is unknown", () => {
    const consent = sampleEventWithBsn("ConsentGranted", {
      publisher: "TRAJEKT",
      recipients: ["ENVIDA"],
      recipientRoles: ["DISTRICT_NURSE", "NURSING_ASSISTANT"],
    });
    const [prepared] = prepareEvents([consent], options);
    expect(decodeEvent(prepared?.record.value ?? Buffer.alloc(0))).toMatchObject({
      schemaVersion: 3,
      recipientRoles: ["DISTRICT_NURSE", "NURSING_ASSISTANT"],
    });
    const error = refusal(() =>
      prepareEvents([{ ...consent, recipientRoles: ["NURSE"] } as unknown as CareEventWithBsn], options),
    );
    expect(error.code).toBe("CONTRACT_INVALID_VALUE");
    expect(error.details.invalidParams).toEqual([
      { name: "events[0].recipientRoles[0]", reason: expect.stringContaining("DISTRICT_NURSE") },
    ]);
  });

  it("refuses a bad BSN alone as PRIVACY_INVALID_BSN and a subject with a hint", () => {
    expect(refusal(() => prepareEvents([contact({ bsn: "12345678" })], options)).code).toBe(
      "PRIVACY_INVALID_BSN",
    );
    const subject = refusal(() => prepareEvents([contact({ subject: "p" })], options));
    expect(subject.details.invalidParams).toEqual([
      { name: "events[0].subject", reason: expect.stringMatching(/bsn/) },
    ]);
  });

  it("refuses the whole lot for a foreign publisher or a type the partner may not publish", () => {
    expect(refusal(() => prepareEvents([contact(), contact({ publisher: "ENVIDA" })], options)).code).toBe(
      "INGEST_WRONG_PUBLISHER",
    );
    const visit = sampleEventWithBsn("HomeCareVisitDelivered", { publisher: "TRAJEKT" });
    const forbidden = refusal(() => prepareEvents([contact(), visit], options));
    expect(forbidden.code).toBe("INGEST_FORBIDDEN_TYPE");
    expect(forbidden.details.invalidParams).toEqual([
      { name: "events[1].eventType", reason: expect.any(String) },
    ]);
  });
});
