// Writes src/generated/ from the .avsc catalogue (the schemas as data, so the codec does no I/O,
// and the TypeScript types) and records new versions' fingerprints in contracts/fingerprints.json.
// Run after changing contracts/: node packages/contracts/scripts/generate.ts
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parsingCanonicalForm } from "../src/canonical-form.ts";
import { type FingerprintLock, lockKey } from "../src/catalogue-check.ts";
import { renderCatalogueData } from "../src/catalogue-data-render.ts";
import { readCatalogueSource } from "../src/catalogue-source.ts";
import { fingerprint64, fingerprintHex } from "../src/crc64.ts";
import { renderTypes } from "../src/typescript-types.ts";

const root = join(import.meta.dirname, "..", "..", "..");
const contracts = join(root, "contracts");
const source = readCatalogueSource(contracts);
const out = join(import.meta.dirname, "..", "src", "generated");
writeFileSync(join(out, "catalogue-data.ts"), renderCatalogueData(source));
writeFileSync(join(out, "types.ts"), renderTypes(source));

// A published fingerprint is never rewritten here: changing one is what `contracts check` forbids.
const lockFile = join(contracts, "fingerprints.json");
const lock: FingerprintLock = existsSync(lockFile) ? JSON.parse(readFileSync(lockFile, "utf8")) : {};
for (const event of source.events) {
  lock[lockKey(event)] ??= fingerprintHex(fingerprint64(parsingCanonicalForm(event.schema)));
}
writeFileSync(lockFile, `${JSON.stringify(lock, null, 2)}\n`);
const types = new Set(source.events.map((e) => e.eventType)).size;
console.log(`Generated ${source.events.length} schema versions of ${types} event types.`);
