import { isBzError } from "@bz/errors";
import { bsnProblem, createPseudonymizer, parsePseudonymKeys, passesElfproef } from "@bz/privacy";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

/** Makes a valid BSN from eight digits by choosing the ninth (skipping prefixes with no valid ninth). */
function completeBsn(eight: number[]): string | undefined {
  const sum = eight.reduce((total, digit, i) => total + (9 - i) * digit, 0);
  const ninth = sum % 11;
  if (ninth > 9) return undefined;
  const bsn = [...eight, ninth].join("");
  return bsn === "000000000" ? undefined : bsn;
}

const key = { id: "k1", secret: Buffer.alloc(32, 7) };

describe("BSN elfproef", () => {
  it("accepts known-valid test numbers and rejects their neighbours", () => {
    expect(passesElfproef("111222333")).toBe(true);
    expect(passesElfproef("123456782")).toBe(true);
    expect(passesElfproef("111222334")).toBe(false);
    expect(passesElfproef("000000000")).toBe(false);
    expect(bsnProblem("12345678")).toContain("9 digits");
    expect(bsnProblem("12345678a")).toContain("digits only");
  });

  it("accepts every constructed BSN and rejects any single-digit change (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (eight, position, delta) => {
          const bsn = completeBsn(eight);
          fc.pre(bsn !== undefined);
          if (bsn === undefined) return;
          expect(passesElfproef(bsn)).toBe(true);
          const digits = bsn.split("").map(Number);
          digits[position] = ((digits[position] ?? 0) + delta) % 10;
          // Weights 9..1 are all below 11, so one changed digit always breaks the sum.
          expect(passesElfproef(digits.join(""))).toBe(false);
        },
      ),
    );
  });
});

describe("pseudonymizer", () => {
  it("gives a stable keyed pseudonym that does not contain the BSN", () => {
    const pseudonymizer = createPseudonymizer(key);
    const pseudonym = pseudonymizer.pseudonymize("111222333");
    expect(pseudonym).toMatch(/^k1:[A-Za-z0-9_-]{43}$/);
    expect(pseudonym).toBe(pseudonymizer.pseudonymize("111222333"));
    expect(pseudonym).not.toContain("111222333");
    expect(createPseudonymizer({ id: "k1", secret: Buffer.alloc(32, 8) }).pseudonymize("111222333")).not.toBe(
      pseudonym,
    );
  });

  it("refuses an invalid BSN without echoing it", () => {
    let caught: unknown;
    try {
      createPseudonymizer(key).pseudonymize("111222334");
    } catch (error) {
      caught = error;
    }
    expect(isBzError(caught, "PRIVACY_INVALID_BSN")).toBe(true);
    expect((caught as Error).message).not.toContain("111222334");
  });

  it("reads rotating keys from configuration and links pseudonyms across them", () => {
    const text = `k2=${Buffer.alloc(32, 2).toString("base64")},k1=${key.secret.toString("base64")}`;
    const { current, older } = parsePseudonymKeys(text);
    const rotated = createPseudonymizer(current, older);
    expect(rotated.currentKeyId).toBe("k2");
    expect(rotated.allPseudonyms("111222333")[1]).toBe(createPseudonymizer(key).pseudonymize("111222333"));
    expect(() => createPseudonymizer({ id: "k1", secret: Buffer.alloc(8) })).toThrow(/at least 32/);
  });

  it("given a rotation k1 -> k2 -> k3, relinks a pseudonym of any key to the current one without the BSN (property)", () => {
    const k1 = key;
    const k2 = { id: "k2", secret: Buffer.alloc(32, 2) };
    const k3 = { id: "k3", secret: Buffer.alloc(32, 3) };
    const before = createPseudonymizer(k1);
    const between = createPseudonymizer(k2, [k1]);
    const after = createPseudonymizer(k3, [k2, k1]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }), (eight) => {
        const bsn = completeBsn(eight);
        fc.pre(bsn !== undefined);
        if (bsn === undefined) return;
        const current = after.pseudonymize(bsn);
        expect(current.startsWith("k3:")).toBe(true);
        expect(after.relink(before.pseudonymize(bsn))).toBe(current);
        expect(after.relink(between.pseudonymize(bsn))).toBe(current);
        expect(after.relink(current)).toBe(current);
        expect(after.allPseudonyms(bsn)).toEqual([
          current,
          between.pseudonymize(bsn),
          before.pseudonymize(bsn),
        ]);
      }),
      { numRuns: 50 },
    );
    // Two people never meet after relinking (HMAC keeps them apart).
    expect(after.relink(before.pseudonymize("111222333"))).not.toBe(after.pseudonymize("123456782"));
  });

  it("refuses to relink a pseudonym of a key it does not hold", () => {
    let caught: unknown;
    try {
      createPseudonymizer(key).relink("k9:abc");
    } catch (error) {
      caught = error;
    }
    expect(isBzError(caught, "PRIVACY_UNKNOWN_KEY")).toBe(true);
    expect(() => createPseudonymizer(key, [key])).toThrow(/configured twice/);
  });
});

describe("household pseudonym", () => {
  it("given one address key, when two partners pseudonymise it, then they get the same subject-shaped pseudonym", () => {
    const envida = createPseudonymizer(key);
    const radar = createPseudonymizer(key);
    const household = envida.pseudonymizeHousehold("6224AB 12");
    expect(household).toMatch(/^k1:[A-Za-z0-9_-]{43}$/);
    expect(radar.pseudonymizeHousehold(" 6224ab  12 ")).toBe(household);
    expect(envida.pseudonymizeHousehold("6224AB 14")).not.toBe(household);
    expect(household).not.toContain("6224");
  });

  it("keeps households and subjects in separate domains of the same key (property)", () => {
    const pseudonymizer = createPseudonymizer(key);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }), (eight) => {
        const bsn = completeBsn(eight);
        fc.pre(bsn !== undefined);
        if (bsn === undefined) return;
        // The same text as a household key (prefixed so it is no nine-digit number) never meets the subject.
        expect(pseudonymizer.pseudonymizeHousehold(`A${bsn}`)).not.toBe(pseudonymizer.pseudonymize(bsn));
      }),
      { numRuns: 50 },
    );
  });

  it("given a household pseudonym made before a rotation, when relinked after it, then it is the new key's pseudonym of that household", () => {
    const k2 = { id: "k2", secret: Buffer.alloc(32, 9) };
    const before = createPseudonymizer(key).pseudonymizeHousehold("6224AB 12");
    const after = createPseudonymizer(k2, [key]);
    const now = after.pseudonymizeHousehold("6224AB 12");
    expect(now).toMatch(/^k2:/);
    expect(after.relink(before)).toBe(now);
    expect(after.relink(now)).toBe(now);
    // Still apart from the subjects under the chain, and from another household.
    expect(now).not.toBe(after.pseudonymize("123456782"));
    expect(after.relink(createPseudonymizer(key).pseudonymizeHousehold("6224AB 14"))).not.toBe(now);
    // A second rotation chains on: k1's form reaches k3's.
    const k3 = { id: "k3", secret: Buffer.alloc(32, 11) };
    const third = createPseudonymizer(k3, [k2, key]);
    expect(third.relink(before)).toBe(third.pseudonymizeHousehold("6224AB 12"));
    expect(third.relink(now)).toBe(third.pseudonymizeHousehold("6224AB 12"));
  });

  it("refuses an empty key, an overlong key and a nine-digit number", () => {
    const pseudonymizer = createPseudonymizer(key);
    for (const bad of ["", "   ", "x".repeat(201), "111222333"]) {
      let caught: unknown;
      try {
        pseudonymizer.pseudonymizeHousehold(bad);
      } catch (error) {
        caught = error;
      }
      expect(isBzError(caught, "PRIVACY_INVALID_HOUSEHOLD_KEY"), JSON.stringify(bad)).toBe(true);
      expect((caught as Error).message).not.toContain("111222333");
    }
  });
});
