import {
  type CareEvent,
  catalogue,
  decodeEvent,
  encodeEvent,
  eventSchema,
  eventTypes,
  inspectEvent,
  MAX_EVENT_BYTES,
} from "@bz/contracts";
import { arbitraryEvent, sampleEvent } from "@bz/contracts/testing";
import { isBzError } from "@bz/errors";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

/** The BzError code thrown by `action`, or "no error". */
function codeOf(action: () => unknown): string {
  try {
    action();
    return "no error";
  } catch (error) {
    if (!isBzError(error)) throw error;
    expect(error.message.length).toBeGreaterThan(20);
    return error.code;
  }
}

describe("encodeEvent / decodeEvent", () => {
  it("covers at least 20 event types, including the referral loop and objections", () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(20);
    for (const name of ["ReferralAccepted", "ReferralRejected", "ReferralCompleted", "ObjectionRecorded"]) {
      expect(eventTypes).toContain(name);
    }
  });

  it.each(eventTypes)("round-trips any valid %s", (eventType) => {
    fc.assert(
      fc.property(arbitraryEvent(eventType), (event) => {
        const bytes = encodeEvent(event);
        expect([...bytes.subarray(0, 2)]).toEqual([0xc3, 0x01]);
        expect(inspectEvent(bytes).eventType).toBe(eventType);
        expect(decodeEvent(bytes)).toEqual(event);
      }),
      { numRuns: 30 },
    );
  });

  it("fills defaults for omitted optional fields and normalises timestamps and ids", () => {
    const {
      household: _h,
      recordedAt: _r,
      groupSize: _g,
      ...partial
    } = sampleEvent("ContactDelivered", {
      mode: "PHONE",
    });
    const event = {
      ...partial,
      occurredAt: "2025-03-01T10:30:00+01:00",
      eventId: "0B7E6C52-3C1D-4F7E-9A51-2F0E8D1C4B6A",
    };
    const decoded = decodeEvent(encodeEvent(event as CareEvent));
    expect(decoded).toMatchObject({
      household: null,
      recordedAt: null,
      groupSize: null,
      occurredAt: "2025-03-01T09:30:00.000Z",
      eventId: "0b7e6c52-3c1d-4f7e-9a51-2f0e8d1c4b6a",
    });
  });

  it("accepts an event stated at an older schema version and writes the latest", () => {
    const event = { ...sampleEvent("ContactDelivered"), schemaVersion: 1 } as unknown as CareEvent;
    expect(inspectEvent(encodeEvent(event)).writerVersion).toBe(3);
    expect(decodeEvent(encodeEvent(event)).schemaVersion).toBe(3);
  });

  it("a ConsentGranted may name professional roles (v3); one stated at v2 reads with recipientRoles null", () => {
    const forNurses = sampleEvent("ConsentGranted", { recipientRoles: ["DISTRICT_NURSE", "GP"] });
    expect(decodeEvent(encodeEvent(forNurses))).toMatchObject({
      schemaVersion: 3,
      recipientRoles: ["DISTRICT_NURSE", "GP"],
    });
    const { recipientRoles: _roles, ...older } = { ...forNurses, schemaVersion: 2 };
    expect(decodeEvent(encodeEvent(older as unknown as CareEvent))).toMatchObject({ recipientRoles: null });
    const wrong = eventSchema("ConsentGranted").safeParse({ ...forNurses, recipientRoles: ["NURSE"] });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.path).toEqual(["recipientRoles", 0]);
    expect(eventSchema("ConsentGranted").safeParse({ ...forNurses, recipientRoles: [] }).success).toBe(false);
  });
});

describe("bad input gives a typed error with a stable code", () => {
  const good = encodeEvent(sampleEvent("ContactDelivered"));

  it("wrong marker → CONTRACT_BAD_MARKER", () => {
    expect(codeOf(() => decodeEvent(Buffer.from([0x7b, 0x22, ...good.subarray(2)])))).toBe(
      "CONTRACT_BAD_MARKER",
    );
    expect(codeOf(() => decodeEvent(Buffer.from([0xc3])))).toBe("CONTRACT_TRUNCATED");
    expect(codeOf(() => decodeEvent(Buffer.from([0x00])))).toBe("CONTRACT_BAD_MARKER");
  });

  it("unknown fingerprint → CONTRACT_UNKNOWN_FINGERPRINT", () => {
    const bytes = Buffer.from(good);
    bytes[5] = (bytes[5] ?? 0) ^ 0xff;
    expect(codeOf(() => decodeEvent(bytes))).toBe("CONTRACT_UNKNOWN_FINGERPRINT");
  });

  it("truncated bytes → CONTRACT_TRUNCATED, at every cut", () => {
    for (let length = 0; length < good.length; length++) {
      const code = codeOf(() => decodeEvent(good.subarray(0, length)));
      // A cut inside a string length can leave a shorter, still well-formed prefix of a field
      // only if the remaining bytes happen to parse; the codec must never return a value.
      expect(code, `cut at ${length}`).not.toBe("no error");
      if (length >= 2) expect(["CONTRACT_TRUNCATED", "CONTRACT_INVALID_VALUE"]).toContain(code);
    }
    expect(codeOf(() => decodeEvent(good.subarray(0, good.length - 1)))).toBe("CONTRACT_TRUNCATED");
  });

  it("trailing bytes → CONTRACT_TRAILING_BYTES", () => {
    expect(codeOf(() => decodeEvent(Buffer.concat([good, Buffer.from([0])])))).toBe(
      "CONTRACT_TRAILING_BYTES",
    );
  });

  it("a value outside an enum → CONTRACT_INVALID_VALUE, both ways", () => {
    const event = { ...sampleEvent("ContactDelivered"), mode: "CARRIER_PIGEON" } as unknown as CareEvent;
    expect(codeOf(() => encodeEvent(event))).toBe("CONTRACT_INVALID_VALUE");
    // The last bytes of a ContactDelivered v2 body are mode (enum index), minutes, groupSize.
    const event2 = sampleEvent("ContactDelivered", { minutes: 1, groupSize: null, mode: "PHONE" });
    const bytes = Buffer.from(encodeEvent(event2));
    expect(bytes.subarray(-3)).toEqual(
      Buffer.from([["FACE_TO_FACE", "PHONE", "HOME_VISIT", "GROUP", "VIDEO"].indexOf(event2.mode) * 2, 2, 0]),
    );
    bytes[bytes.length - 3] = 40; // enum index 20: no such contact mode
    expect(codeOf(() => decodeEvent(bytes))).toBe("CONTRACT_INVALID_VALUE");
  });

  it("a value breaking a catalogue constraint → CONTRACT_INVALID_VALUE naming the field", () => {
    const event = sampleEvent("ContactDelivered", { minutes: 5000 });
    expect(() => encodeEvent(event)).toThrow(/minutes/);
    expect(codeOf(() => encodeEvent({ ...event, buurtCode: "6224" }))).toBe("CONTRACT_INVALID_VALUE");
  });

  it("an oversized event → CONTRACT_OVERSIZED, both ways", () => {
    const items = Array.from({ length: 42 }, () => ({ dimension: "MEANING" as const, item: 1, score: 1 }));
    const big = sampleEvent("PositiveHealthAssessed", { items, statedWish: "x".repeat(2000) });
    expect(codeOf(() => encodeEvent(big))).toBe("no error");
    expect(codeOf(() => decodeEvent(Buffer.concat([good, Buffer.alloc(MAX_EVENT_BYTES)])))).toBe(
      "CONTRACT_OVERSIZED",
    );
  });

  it("invalid UTF-8 in a string → CONTRACT_INVALID_VALUE, while a real U+FFFD decodes", () => {
    const event = sampleEvent("ContactDelivered", { correlationId: "corr-\uFFFD-é" });
    expect(decodeEvent(encodeEvent(event))).toEqual(event);
    const bytes = Buffer.from(encodeEvent(sampleEvent("ContactDelivered", { correlationId: "corr-é" })));
    const at = bytes.indexOf(Buffer.from("é"));
    bytes[at] = 0xff; // 0xff never occurs in UTF-8
    expect(codeOf(() => decodeEvent(bytes))).toBe("CONTRACT_INVALID_VALUE");
  });

  it.each([
    ["U+0000", "corr-\u0000-x"],
    ["U+001B (escape)", "corr-\u001b[31m"],
    ["a lone surrogate", "corr-\ud800-x"],
    ["the non-character U+FFFF", "corr-\uffff"],
    ["the non-character U+FDD0", "corr-\ufdd0"],
    ["the non-character U+1FFFE", "corr-\u{1fffe}"],
  ])("a string holding %s → CONTRACT_FORBIDDEN_CHARACTER naming the field, both ways", (_, text) => {
    const event = sampleEvent("ContactDelivered", { correlationId: text });
    expect(codeOf(() => encodeEvent(event))).toBe("CONTRACT_FORBIDDEN_CHARACTER");
    expect(() => encodeEvent(event)).toThrow(/correlationId: holds/);
    // Bytes written by another Avro library (no zod there): the decode refuses them the same way.
    const clean = encodeEvent(sampleEvent("ContactDelivered", { correlationId: "corr-AAAA" }));
    const marker = Buffer.from("corr-AAAA");
    const at = clean.indexOf(marker);
    const replacement = Buffer.from(text.isWellFormed() ? text : "corr-\ufffd-x", "utf8");
    if (!text.isWellFormed()) return; // a lone surrogate cannot be written as UTF-8 at all
    const bytes = Buffer.concat([
      clean.subarray(0, at - 1),
      Buffer.from([replacement.length * 2]), // zig-zag length, one byte for these short strings
      replacement,
      clean.subarray(at + marker.length),
    ]);
    expect(codeOf(() => decodeEvent(bytes))).toBe("CONTRACT_FORBIDDEN_CHARACTER");
    expect(() => decodeEvent(bytes)).toThrow(/correlationId/);
  });

  it("tab, newline and carriage return stay allowed in free text", () => {
    const event = sampleEvent("ContactDelivered", { correlationId: "line one\n\tline two\r\n" });
    expect(decodeEvent(encodeEvent(event))).toEqual(event);
  });

  it("15 hostile bytes announcing 2^28 array items → CONTRACT_TRUNCATED, not an out-of-memory crash", () => {
    const base = sampleEvent("ConsentGranted", { recipients: ["ENVIDA"] });
    const one = encodeEvent(base);
    const two = encodeEvent({ ...base, recipients: ["RADAR"] });
    const at = one.findIndex((byte, i) => byte !== two[i]) - 1; // the block count before the enum index
    expect(one[at]).toBe(2); // zig-zag 1
    const hostile = Buffer.concat([one.subarray(0, at), Buffer.from([0x80, 0x80, 0x80, 0x80, 0x02])]);
    const started = Date.now();
    expect(codeOf(() => decodeEvent(hostile))).toBe("CONTRACT_TRUNCATED");
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("a union branch or boolean byte outside the spec → CONTRACT_INVALID_VALUE", () => {
    const event = sampleEvent("CostIncurred", {
      pooled: true,
      episodeId: null,
      serviceType: null,
      volume: null,
      volumeUnit: null,
    });
    const bytes = Buffer.from(encodeEvent(event));
    // pooled, then four null union branches (episodeId, serviceType, volume, volumeUnit).
    expect([...bytes.subarray(-5)]).toEqual([1, 0, 0, 0, 0]);
    bytes[bytes.length - 5] = 2;
    expect(codeOf(() => decodeEvent(bytes))).toBe("CONTRACT_INVALID_VALUE");
    const contact = Buffer.from(
      encodeEvent(sampleEvent("ContactDelivered", { groupSize: null, mode: "PHONE" })),
    );
    contact[contact.length - 1] = 8; // union branch 4 of ["null", int]
    expect(() => decodeEvent(contact)).toThrow(/union branch 4/);
  });

  it("an unknown event type → CONTRACT_UNKNOWN_TYPE", () => {
    const event = {
      ...sampleEvent("ContactDelivered"),
      eventType: "ContactDeliverd",
    } as unknown as CareEvent;
    expect(codeOf(() => encodeEvent(event))).toBe("CONTRACT_UNKNOWN_TYPE");
  });

  it("random bytes after a valid header never crash and never decode silently wrong", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (tail) => {
        const bytes = Buffer.concat([good.subarray(0, 10), tail]);
        try {
          const event = decodeEvent(bytes);
          // Whatever decodes must re-encode to exactly the same bytes.
          expect(encodeEvent(event)).toEqual(bytes);
        } catch (error) {
          expect(isBzError(error)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
