import { describe, expect, it } from "vitest";
import { buurtOf, storedEvent } from "../testing.ts";
import { quarterOf, wardChangesOf } from "./ward-changes.ts";

const wardFor = (code: string) =>
  Object.entries(buurtOf).find(([, buurt]) => buurt === code && code !== buurtOf.ELSEWHERE)?.[0];

describe("quarterOf", () => {
  it("given a moment late on 31 March UTC, when placed, then it is in Q2 in Dutch time", () => {
    expect(quarterOf("2025-03-31T22:30:00.000Z")).toBe("2025-Q2");
    expect(quarterOf("2025-03-31T21:30:00.000Z")).toBe("2025-Q1");
    expect(quarterOf("2025-06-30T22:30:00.000Z")).toBe("2025-Q3");
    expect(quarterOf("2025-09-30T21:59:59.000Z")).toBe("2025-Q3");
    expect(quarterOf("2024-12-31T23:30:00.000Z")).toBe("2025-Q1");
    expect(quarterOf("2024-12-31T22:30:00.000Z")).toBe("2024-Q4");
    expect(quarterOf("2025-10-01")).toBe("2025-Q4");
    expect(quarterOf("not a date")).toBeNull();
  });
});

describe("wardChangesOf", () => {
  it("given a contact, when evolved, then one activity row in the event's own ward and quarter, with its minutes", () => {
    const event = storedEvent({
      position: 7,
      type: "ContactDelivered",
      subject: "s1",
      ward: "NAZARETH",
      occurredAt: "2025-05-02T10:00:00.000Z",
      fields: { minutes: 45 },
    });
    expect(wardChangesOf(event, wardFor)).toEqual([
      expect.objectContaining({
        kind: "activity",
        position: 7n,
        subject: "s1",
        ward: "NAZARETH",
        quarter: "2025-Q2",
        minutes: 45,
        amountCents: null,
        financingDomain: "WMO",
      }),
    ]);
  });

  it("given the recorder left no ward in the metadata, when evolved, then the ward comes from the buurt code", () => {
    const event = storedEvent({
      position: 1,
      type: "ContactDelivered",
      subject: "s1",
      ward: "LIMMEL",
      occurredAt: "2025-01-02T10:00:00Z",
    });
    const [change] = wardChangesOf({ ...event, metadata: {} }, wardFor);
    expect(change).toMatchObject({ kind: "activity", ward: "LIMMEL" });
  });

  it("given an event outside the four wards, when evolved, then nothing is counted", () => {
    const event = storedEvent({
      position: 1,
      type: "ContactDelivered",
      subject: "s1",
      ward: "ELSEWHERE",
      occurredAt: "2025-01-02T10:00:00Z",
    });
    expect(wardChangesOf(event, wardFor)).toEqual([]);
  });

  it("given a cost, when evolved, then it counts in the quarter its period starts in, and a null financing domain stays null", () => {
    const event = storedEvent({
      position: 3,
      type: "CostIncurred",
      subject: "s1",
      occurredAt: "2025-04-03T10:00:00Z",
      financingDomain: null,
      fields: { amountCents: 1250, periodStart: "2025-03-01", periodEnd: "2025-03-31", pooled: false },
    });
    expect(wardChangesOf(event, wardFor)).toEqual([
      expect.objectContaining({ quarter: "2025-Q1", amountCents: 1250, financingDomain: null }),
    ]);
  });

  it("given a Positive Health assessment, when evolved, then the six scores are kept beside the activity", () => {
    const scores = {
      bodyFunctions: 1,
      mentalWellbeing: 2,
      meaning: 3,
      qualityOfLife: 4,
      participation: 5,
      dailyFunctioning: 6,
    };
    const event = storedEvent({
      position: 4,
      type: "PositiveHealthAssessed",
      subject: "s1",
      occurredAt: "2025-01-02T10:00:00Z",
      fields: { scores },
    });
    expect(wardChangesOf(event, wardFor)[1]).toMatchObject({
      kind: "assessment",
      scores: [1, 2, 3, 4, 5, 6],
    });
  });

  it("given a referral and its answers, when evolved, then the loop is opened and answered with reason and outcome", () => {
    const made = storedEvent({
      position: 5,
      type: "ReferralMade",
      subject: "s1",
      occurredAt: "2025-01-10T10:00:00Z",
      fields: { referralId: "r1", toPartner: "MONDRIAAN" },
    });
    const rejected = storedEvent({
      position: 6,
      type: "ReferralRejected",
      subject: "s1",
      publisher: "MONDRIAAN",
      occurredAt: "2025-01-12T10:00:00Z",
      fields: { referralId: "r1", reason: "NO_CAPACITY" },
    });
    expect(wardChangesOf(made, wardFor)).toContainEqual(
      expect.objectContaining({
        kind: "referral-made",
        referralId: "r1",
        fromPartner: "TRAJEKT",
        toPartner: "MONDRIAAN",
        quarter: "2025-Q1",
      }),
    );
    expect(wardChangesOf(rejected, wardFor)[0]).toEqual({
      kind: "referral-answer",
      referralId: "r1",
      answer: "REJECTED",
      at: "2025-01-12T10:00:00Z",
      detail: "NO_CAPACITY",
    });
  });

  it("given objections and consents, when evolved, then only those about analytics change the analytics set", () => {
    const objection = (type: string, scope: string) =>
      storedEvent({
        position: 8,
        type,
        subject: "s1",
        occurredAt: "2025-01-10T10:00:00Z",
        fields: { objectionId: "o1", scope },
      });
    expect(wardChangesOf(objection("ObjectionRecorded", "SHARED_TIMELINE_AND_ANALYTICS"), wardFor)).toEqual([
      { kind: "objection", objectionId: "o1", subject: "s1", active: true },
    ]);
    expect(wardChangesOf(objection("ObjectionRecorded", "SHARED_TIMELINE"), wardFor)).toEqual([]);
    expect(wardChangesOf(objection("ObjectionWithdrawn", "ANALYTICS"), wardFor)).toEqual([
      { kind: "objection", objectionId: "o1", subject: "s1", active: false },
    ]);
    const consent = (purpose: string) =>
      storedEvent({
        position: 9,
        type: "ConsentGranted",
        subject: "s1",
        occurredAt: "2025-01-10T10:00:00Z",
        fields: { consentId: "c1", purpose, validUntil: null },
      });
    expect(wardChangesOf(consent("CARE_COORDINATION"), wardFor)).toEqual([]);
    expect(wardChangesOf(consent("ANALYTICS"), wardFor)).toEqual([
      { kind: "analytics-consent", consentId: "c1", subject: "s1", validUntil: null, revoked: false },
    ]);
  });
});
