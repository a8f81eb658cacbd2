import { type CareEvent, encodeEvent } from "@bz/contracts";
import { sampleEvent } from "@bz/contracts/testing";
import { createPseudonymizer } from "@bz/privacy";
import { describe, expect, it } from "vitest";
import { careContracts } from "../care-contracts.ts";
import { type IncomingRecord, type TriageRules, triage } from "./triage.ts";

// The real rules: the catalogue's codec, publishing lists and ward table, and a real pseudonymizer.
const pseudonyms = createPseudonymizer({ id: "k1", secret: Buffer.alloc(32, 7) });
const stranger = createPseudonymizer({ id: "k9", secret: Buffer.alloc(32, 9) });
const rules: TriageRules = {
  topicPartner: "TRAJEKT",
  contracts: careContracts,
  knownKeyIds: new Set(["k1"]),
};
const bsn = "123456782"; // passes the elfproef
const subject = pseudonyms.pseudonymize("111222333");

function contact(overrides: Partial<Extract<CareEvent, { eventType: "ContactDelivered" }>> = {}) {
  return sampleEvent("ContactDelivered", {
    publisher: "TRAJEKT",
    subject,
    household: null,
    buurtCode: "BU09350400",
    correlationId: "corr-1",
    ...overrides,
  });
}

let offset = 0;
function recordOf(event: CareEvent, key: string | null = event.subject): IncomingRecord {
  return { offset: String(offset++), key, value: encodeEvent(event), headers: {} };
}

/** Bytes of `event` with its correlationId replaced by `text`, as another Avro library might write them. */
function withCorrelationId(event: CareEvent, text: string): Buffer {
  const marker = "corr-AAAA";
  const clean = encodeEvent({ ...event, correlationId: marker });
  const at = clean.indexOf(Buffer.from(marker));
  const replacement = Buffer.from(text, "utf8");
  return Buffer.concat([
    clean.subarray(0, at - 1),
    Buffer.from([replacement.length * 2]),
    replacement,
    clean.subarray(at + marker.length),
  ]);
}

function rejectionOf(record: IncomingRecord) {
  const outcome = triage([record], rules);
  expect(outcome.admitted).toEqual([]);
  const [rejection] = outcome.rejected;
  if (rejection === undefined) throw new Error("expected a rejection");
  return rejection;
}

describe("triage", () => {
  it("given a valid event keyed by its subject, admits it into the subject's stream with its ward", () => {
    const event = contact();
    const record = recordOf(event);
    const outcome = triage([record], rules);
    expect(outcome.rejected).toEqual([]);
    expect(outcome.admitted).toEqual([
      {
        record,
        streamId: `client-${subject}`,
        eventId: event.eventId,
        eventType: "ContactDelivered",
        ward: "WYCKERPOORT",
        correlationId: "corr-1",
        data: expect.objectContaining({ eventId: event.eventId, subject }),
      },
    ]);
  });

  it("given a CBS buurt code outside the pilot wards, admits it as ELSEWHERE (every code has a ward)", () => {
    const [admitted] = triage([recordOf(contact({ buurtCode: "BU03630000" }))], rules).admitted;
    expect(admitted?.ward).toBe("ELSEWHERE");
  });

  it.each([
    [
      "another partner's publisher",
      () => recordOf(contact({ publisher: "ENVIDA" })),
      "INGEST_WRONG_PUBLISHER",
    ],
    [
      "a type the partner may not publish",
      () =>
        recordOf(sampleEvent("HomeCareVisitDelivered", { publisher: "TRAJEKT", subject, household: null })),
      "INGEST_FORBIDDEN_TYPE",
    ],
    [
      "a subject that is no pseudonym",
      () => recordOf(contact({ subject: "t:abc" })),
      "INGEST_NOT_PSEUDONYMISED",
    ],
    [
      "a subject made with a key the platform does not hold",
      () => recordOf(contact({ subject: stranger.pseudonymize("111222333") })),
      "PRIVACY_UNKNOWN_KEY",
    ],
    [
      "a household that is no pseudonym",
      () => recordOf(contact({ household: "family-7" })),
      "INGEST_NOT_PSEUDONYMISED",
    ],
    ["a key other than the subject", () => recordOf(contact(), "some-other-key"), "INGEST_KEY_MISMATCH"],
    ["no key at all", () => recordOf(contact(), null), "INGEST_KEY_MISMATCH"],
    [
      "bytes that are no event",
      () => ({ offset: "0", key: subject, value: Buffer.from('{"not":"avro"}'), headers: {} }),
      "CONTRACT_BAD_MARKER",
    ],
    [
      "a string holding U+0000",
      () => ({ offset: "0", key: subject, value: withCorrelationId(contact(), "a\u0000b"), headers: {} }),
      "CONTRACT_FORBIDDEN_CHARACTER",
    ],
  ] as const)("given %s, rejects it with %s and keeps its bytes for a replay", (_, make, code) => {
    const rejection = rejectionOf(make());
    expect(rejection.code).toBe(code);
    expect(rejection.message.length).toBeGreaterThan(20);
    expect(rejection.keepBytes).toBe(true);
  });

  it.each([
    ["the subject", () => contact({ subject: bsn }), "subject"],
    ["the household", () => contact({ household: bsn }), "household"],
    ["free text", () => contact({ correlationId: `client ${bsn} called` }), "correlationId"],
    ["free text, grouped with spaces", () => contact({ correlationId: "bsn 1234 56 782" }), "correlationId"],
  ])(
    "given a BSN in clear in %s, rejects it as INGEST_CLEAR_IDENTIFIER and keeps no bytes",
    (_, make, field) => {
      const event = make();
      const rejection = rejectionOf(recordOf(event, subject));
      expect(rejection.code).toBe("INGEST_CLEAR_IDENTIFIER");
      expect(rejection.message).toContain(field);
      expect(rejection.message).not.toContain(bsn);
      expect(rejection.keepBytes).toBe(false);
    },
  );

  it("given bytes that fail to decode but hold a BSN, keeps no bytes of them either", () => {
    const value = Buffer.concat([Buffer.from([0xc3, 0x01]), Buffer.alloc(8, 0xab), Buffer.from(`x${bsn}x`)]);
    const rejection = rejectionOf({ offset: "0", key: subject, value, headers: {} });
    expect(rejection.code).toBe("CONTRACT_UNKNOWN_FINGERPRINT");
    expect(rejection.keepBytes).toBe(false);
  });

  it("given a BSN as the record key, keeps no bytes of the record", () => {
    const rejection = rejectionOf(recordOf(contact(), bsn));
    expect(rejection.code).toBe("INGEST_KEY_MISMATCH");
    expect(rejection.keepBytes).toBe(false);
  });

  it("given nine digits failing the elfproef, or UUIDs, admits the event", () => {
    const event = contact({ correlationId: "order 123456789, ticket 0b7e6c52-3c1d-4f7e-9a51-123456782abc" });
    expect(triage([recordOf(event)], rules).admitted).toHaveLength(1);
  });

  it("given a mixed batch, returns every record exactly once, each list in offset order", () => {
    const records = [
      recordOf(contact()),
      recordOf(contact({ subject: bsn }), subject),
      recordOf(contact()),
      recordOf(contact({ publisher: "ENVIDA" })),
      recordOf(contact()),
    ];
    const outcome = triage(records, rules);
    expect(outcome.admitted.map((a) => a.record)).toEqual([records[0], records[2], records[4]]);
    expect(outcome.rejected.map((r) => [r.record, r.code])).toEqual([
      [records[1], "INGEST_CLEAR_IDENTIFIER"],
      [records[3], "INGEST_WRONG_PUBLISHER"],
    ]);
  });
});
