import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { breakdownFactsSql } from "./breakdown-sql.ts";
import { definitionFingerprint, loadCatalogue, parseCatalogue } from "./catalogue.ts";
import { factsSql } from "./indicator-sql.ts";

const lockFile = join(import.meta.dirname, "..", "indicators.lock.json");

describe("indicator catalogue", () => {
  it("is valid, and this build computes every indicator in it", () => {
    const catalogue = loadCatalogue();
    expect(catalogue.length).toBeGreaterThan(20);
    for (const definition of catalogue) {
      const sql = definition.breakdown === undefined ? factsSql : breakdownFactsSql;
      expect(sql(definition, "objection"), definition.id).toBeDefined();
    }
  });

  it("never changes a published version silently: each id@version keeps the fingerprint in indicators.lock.json", () => {
    const lock = JSON.parse(readFileSync(lockFile, "utf8")) as Record<string, string>;
    for (const definition of loadCatalogue()) {
      const key = `${definition.id}@${definition.version}`;
      expect(
        lock[key],
        `${key} is not in indicators.lock.json (add it when the version is new)`,
      ).toBeDefined();
      expect(definitionFingerprint(definition), `${key} changed: make it a new version`).toBe(lock[key]);
    }
  });

  it("refuses a catalogue that defines an id and version twice, naming it", () => {
    const [first] = loadCatalogue();
    expect(() => parseCatalogue({ catalogueVersion: 1, indicators: [first, first] })).toThrow(
      /defined twice/,
    );
    expect(() => parseCatalogue({ catalogueVersion: 1, indicators: [{ ...first, id: "Bad Id" }] })).toThrow(
      /indicators\.0\.id/,
    );
    const orphan = { ...first, id: "orphan-by-partner", breakdown: "partner", breakdownOf: "nothing" };
    expect(() => parseCatalogue({ catalogueVersion: 1, indicators: [first, orphan] })).toThrow(
      /orphan-by-partner@1 needs both breakdown and breakdownOf/,
    );
  });
});
