import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AccessEntry,
  type ChainedEntry,
  canonicalEntry,
  firstBrokenLink,
  genesisHash,
} from "./access-entry.ts";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

function chain(entries: AccessEntry[]): ChainedEntry[] {
  let previous = genesisHash;
  return entries.map((entry, i) => {
    const hash = sha256(canonicalEntry(entry, i + 1, previous));
    const chained = { ...entry, sequence: i + 1, previousHash: previous, hash };
    previous = hash;
    return chained;
  });
}

const entryArb: fc.Arbitrary<AccessEntry> = fc.record({
  at: fc.constant("2026-11-24T10:00:00.000Z"),
  action: fc.constant("read" as const),
  subject: fc.string({ minLength: 1 }),
  userId: fc.string({ minLength: 1 }),
  onBehalfOf: fc.string({ minLength: 1 }),
  organisation: fc.constantFrom("TRAJEKT", "ENVIDA"),
  accessPoint: fc.string(),
  objects: fc.record({ kind: fc.constant("ClientTimeline"), ids: fc.array(fc.uuid(), { maxLength: 3 }) }),
  purpose: fc.constantFrom("CARE", "CARE_COORDINATION"),
  legalBasis: fc.string({ minLength: 1 }),
  consentRef: fc.option(fc.string(), { nil: null }),
  careRelationship: fc.option(fc.string(), { nil: null }),
  emergency: fc.boolean(),
});

describe("access log chain", () => {
  it("keeps the canonical text of every entry already stored: the JSON array of all its fields (property)", () => {
    fc.assert(
      fc.property(entryArb, fc.nat(), fc.string(), (entry, sequence, previousHash) => {
        expect(canonicalEntry(entry, sequence, previousHash)).toBe(
          JSON.stringify([
            sequence,
            previousHash,
            entry.at,
            entry.action,
            entry.subject,
            entry.userId,
            entry.onBehalfOf,
            entry.organisation,
            entry.accessPoint,
            entry.objects.kind,
            entry.objects.ids,
            entry.purpose,
            entry.legalBasis,
            entry.consentRef,
            entry.careRelationship,
            entry.emergency,
          ]),
        );
      }),
    );
  });

  it("verifies an intact chain and finds any single changed field (property)", () => {
    fc.assert(
      fc.property(
        fc.array(entryArb, { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.string(),
        (entries, pick, value) => {
          const chained = chain(entries);
          expect(firstBrokenLink(chained, sha256)).toBeUndefined();
          const index = pick % chained.length;
          const original = chained[index];
          fc.pre(original !== undefined && original.userId !== value);
          if (original === undefined) return;
          const tampered = [...chained];
          tampered[index] = { ...original, userId: value };
          expect(firstBrokenLink(tampered, sha256)).toBe(index + 1);
        },
      ),
    );
  });

  it("puts the verified role last when the entry has one, so links logged before it hash as they did (property)", () => {
    fc.assert(
      fc.property(entryArb, fc.string({ minLength: 1 }), fc.nat(), (entry, role, sequence) => {
        const without = canonicalEntry(entry, sequence, genesisHash);
        expect(canonicalEntry({ ...entry, role: null }, sequence, genesisHash)).toBe(without);
        const withRole = canonicalEntry({ ...entry, role }, sequence, genesisHash);
        expect(JSON.parse(withRole)).toEqual([...JSON.parse(without), role]);
      }),
    );
  });

  it("finds a changed, added or removed role", () => {
    const entries = fc
      .sample(entryArb, 3)
      .map((entry, i) => (i === 1 ? { ...entry, role: "PROFESSIONAL" } : entry));
    const chained = chain(entries);
    expect(firstBrokenLink(chained, sha256)).toBeUndefined();
    const second = chained[1] as ChainedEntry;
    for (const role of ["PRIVACY_OFFICER", null]) {
      const tampered = [...chained];
      tampered[1] = { ...second, role };
      expect(firstBrokenLink(tampered, sha256)).toBe(2);
    }
    const first = chained[0] as ChainedEntry;
    expect(firstBrokenLink([{ ...first, role: "PROFESSIONAL" }, ...chained.slice(1)], sha256)).toBe(1);
  });

  it("notices a removed entry", () => {
    const chained = chain([entryArb, entryArb, entryArb].map((arb) => fc.sample(arb, 1)[0] as AccessEntry));
    expect(firstBrokenLink([chained[0], chained[2]] as ChainedEntry[], sha256)).toBe(3);
  });
});
