import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lockKey } from "./catalogue-check.ts";
import { renderCatalogueData } from "./catalogue-data-render.ts";
import { readCatalogueSource } from "./catalogue-source.ts";
import { renderTypes } from "./typescript-types.ts";

// The checked-in src/generated/ and contracts/fingerprints.json must be what scripts/generate.ts
// writes from contracts/ today. Fix: node packages/contracts/scripts/generate.ts
const contracts = join(import.meta.dirname, "..", "..", "..", "contracts");
const generated = join(import.meta.dirname, "generated");
const source = readCatalogueSource(contracts);
const stale = "is stale: run node packages/contracts/scripts/generate.ts";

describe("generated code", () => {
  it(`types.ts matches contracts/ (else it ${stale})`, () => {
    expect(
      readFileSync(join(generated, "types.ts"), "utf8") === renderTypes(source),
      `types.ts ${stale}`,
    ).toBe(true);
  });

  it(`catalogue-data.ts matches contracts/ (else it ${stale})`, () => {
    const same = readFileSync(join(generated, "catalogue-data.ts"), "utf8") === renderCatalogueData(source);
    expect(same, `catalogue-data.ts ${stale}`).toBe(true);
  });

  it("fingerprints.json records every published version", () => {
    const lock = JSON.parse(readFileSync(join(contracts, "fingerprints.json"), "utf8")) as Record<
      string,
      string
    >;
    expect(Object.keys(lock).sort()).toEqual(source.events.map(lockKey).sort());
  });
});
