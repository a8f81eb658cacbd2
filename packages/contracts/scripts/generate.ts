// Writes src/generated/ from the .avsc catalogue: the schemas as data (the codec does no I/O) and
// the TypeScript types. Run after changing contracts/: node packages/contracts/scripts/generate.ts
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderCatalogueData } from "../src/catalogue-data-render.ts";
import { readCatalogueSource } from "../src/catalogue-source.ts";
import { renderTypes } from "../src/typescript-types.ts";

const root = join(import.meta.dirname, "..", "..", "..");
const source = readCatalogueSource(join(root, "contracts"));
const out = join(import.meta.dirname, "..", "src", "generated");
writeFileSync(join(out, "catalogue-data.ts"), renderCatalogueData(source));
writeFileSync(join(out, "types.ts"), renderTypes(source));
console.log(
  `Generated ${source.events.length} schema versions of ${new Set(source.events.map((e) => e.eventType)).size} event types.`,
);
