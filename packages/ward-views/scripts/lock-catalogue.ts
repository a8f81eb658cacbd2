// Adds the fingerprint of every new id@version to indicators.lock.json; existing entries are kept,
// so an edited published version still fails the catalogue test (make it a new version instead).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { definitionFingerprint, loadCatalogue } from "../src/catalogue.ts";

const lockFile = join(import.meta.dirname, "..", "indicators.lock.json");
const lock: Record<string, string> = existsSync(lockFile) ? JSON.parse(readFileSync(lockFile, "utf8")) : {};
for (const definition of loadCatalogue()) {
  const key = `${definition.id}@${definition.version}`;
  lock[key] ??= definitionFingerprint(definition);
}
writeFileSync(lockFile, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`${Object.keys(lock).length} definitions locked in ${lockFile}`);
