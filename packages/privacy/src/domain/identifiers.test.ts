import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPseudonymizer } from "../pseudonymizer.ts";
import { findClearBsn, holdsClearBsn, pseudonymProblem } from "./identifiers.ts";

const known = new Set(["k1", "k2"]);

describe("pseudonymProblem", () => {
  it("accepts what the pseudonymizer makes, under any known key", () => {
    const pseudonymizer = createPseudonymizer({ id: "k2", secret: Buffer.alloc(32, 1) });
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), (digits) => {
        if (!/^\d{9}$/.test(digits)) return;
        try {
          expect(pseudonymProblem("subject", pseudonymizer.pseudonymize(digits), known)).toBeUndefined();
        } catch (error) {
          // Digits failing the elfproef are no BSN: the pseudonymizer refuses them.
          expect(String(error)).toContain("elfproef");
        }
      }),
    );
  });

  it.each([
    ["123456782", "INGEST_NOT_PSEUDONYMISED"],
    ["k1:short", "INGEST_NOT_PSEUDONYMISED"],
    [`K1:${"a".repeat(43)}`, "INGEST_NOT_PSEUDONYMISED"],
    [`k1:${"a".repeat(42)}=`, "INGEST_NOT_PSEUDONYMISED"],
    [`k1:${"a".repeat(44)}`, "INGEST_NOT_PSEUDONYMISED"],
    [`k9:${"a".repeat(43)}`, "PRIVACY_UNKNOWN_KEY"],
  ])("refuses %s with %s, never repeating the value", (value, code) => {
    const problem = pseudonymProblem("subject", value, known);
    expect(problem?.code).toBe(code);
    expect(problem?.message).toContain("subject");
    if (code === "INGEST_NOT_PSEUDONYMISED") expect(problem?.message).not.toContain(value);
  });
});

describe("clear BSN detection", () => {
  it.each([
    ["123456782", true],
    ["bsn: 123456782.", true],
    ["1234 56 782", true],
    ["123.456.782", true],
    ["123456789", false], // fails the elfproef
    ["1234567820", false], // ten digits: a phone number, not a BSN
    ["000000000", false],
    ["BU09350400", false],
  ])("%s → %s", (text, expected) => {
    expect(holdsClearBsn(text)).toBe(expected);
  });

  it("names the path of the first string holding one, skipping UUIDs and pseudonyms", () => {
    expect(findClearBsn({ a: "fine", b: { c: ["x", "call 123456782"] } })).toBe("b.c[1]");
    expect(
      findClearBsn({ id: "0b7e6c52-3c1d-4f7e-9a51-123456782abc", subject: `k1:123456782${"a".repeat(34)}` }),
    ).toBe(undefined);
    expect(findClearBsn({ minutes: 123456782 })).toBeUndefined();
  });
});
