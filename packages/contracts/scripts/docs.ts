// Writes docs/contracts.md and docs/asyncapi.yaml from the .avsc catalogue.
// Run after changing contracts/: node packages/contracts/scripts/docs.ts
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderAsyncApi } from "../src/asyncapi-render.ts";
import { readCatalogueSource } from "../src/catalogue-source.ts";
import { renderContractsMarkdown } from "../src/contracts-md-render.ts";

const root = join(import.meta.dirname, "..", "..", "..");
const source = readCatalogueSource(join(root, "contracts"));
writeFileSync(join(root, "docs", "contracts.md"), renderContractsMarkdown(source));
writeFileSync(join(root, "docs", "asyncapi.yaml"), renderAsyncApi(source));
console.log("Wrote docs/contracts.md and docs/asyncapi.yaml.");
