#!/usr/bin/env node
// `contracts check [dir]`: proves a contracts folder keeps its rules (every version reads every
// earlier one, published fingerprints unchanged, shared types identical, partner lists valid).
// Exit 0 when clean, 1 with one line per problem, 2 on a usage error. A partner can run it on
// its own copy of contracts/ before proposing a change.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { checkCatalogue, type FingerprintLock } from "./catalogue-check.ts";
import { readCatalogueSource } from "./catalogue-source.ts";

const [command, dirArgument] = process.argv.slice(2);
if (command !== "check") {
  console.error("usage: contracts check [contracts-dir]   (default: ./contracts)");
  process.exit(2);
}
const dir = resolve(dirArgument ?? "contracts");
try {
  const source = readCatalogueSource(dir);
  const lockFile = join(dir, "fingerprints.json");
  const lock = existsSync(lockFile)
    ? (JSON.parse(readFileSync(lockFile, "utf8")) as FingerprintLock)
    : undefined;
  const problems = checkCatalogue(source, lock);
  for (const problem of problems) console.error(`${problem.code} ${problem.file}: ${problem.message}`);
  if (problems.length > 0) {
    console.error(`contracts check: ${problems.length} problem(s) in ${dir}`);
    process.exit(1);
  }
  console.log(`contracts check: ${source.events.length} schema versions in ${dir} are compatible.`);
} catch (error) {
  console.error(`contracts check: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
