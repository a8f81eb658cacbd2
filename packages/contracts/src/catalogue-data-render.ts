import type { CatalogueSource } from "./catalogue-source.ts";

/** The text of src/generated/catalogue-data.ts: the catalogue folder as one JSON literal. */
export function renderCatalogueData(source: CatalogueSource): string {
  return [
    "// Generated from contracts/ by packages/contracts/scripts/generate.ts. Do not edit.",
    'import type { CatalogueSource } from "../catalogue-source.ts";',
    "",
    "/** Every .avsc and publishes.json of contracts/, so the codec needs no file access. */",
    `export const catalogueData: CatalogueSource = ${JSON.stringify(source, null, 2)};`,
    "",
  ].join("\n");
}
