import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { partners } from "@bz/contracts";
import { describe, expect, it } from "vitest";
import { catalogueData } from "./generated/catalogue-data.ts";

// A partner joins as data: its folder in contracts/partners/ (what it may publish, its name), from
// which its topic, its recorder subscription, its embedded gateway key and its place in every list
// follow. So no TypeScript source may carry its own list of partners: a list would silently leave the
// next partner out. Tests may name partners in expectations; generated code is the catalogue itself.

const root = join(import.meta.dirname, "..", "..", "..");
const skipped = new Set(["node_modules", "dist-types", ".tools", ".data", ".run", ".git", "generated"]);
const partnerSymbols = (catalogueData.shared.find((s) => s.schema.name === "Partner")?.schema.symbols ??
  []) as string[];
/** How many distinct partners one source file may name before it counts as a list. */
const MAX_NAMED = 2;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (skipped.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    const isSource = entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts");
    return isSource && !/\.test\.ts$/.test(entry.name) && !path.includes("/testing") ? [path] : [];
  });
}

/** The partners `text` names as a string literal or an object key: symbols, slugs and names. */
export function namedPartners(text: string): string[] {
  const spellings = [
    ...partnerSymbols.map((symbol) => ({ symbol, spelling: symbol })),
    ...partners.flatMap((p) => [
      { symbol: p.id, spelling: p.slug },
      { symbol: p.id, spelling: p.name },
    ]),
  ];
  const found = new Set<string>();
  for (const { symbol, spelling } of spellings) {
    const escaped = spelling.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const asLiteral = new RegExp(`["'\`]${escaped}["'\`]`);
    const asKey = new RegExp(`^\\s*${escaped}\\s*:`, "m");
    if (asLiteral.test(text) || asKey.test(text)) found.add(symbol);
  }
  return [...found].sort();
}

describe("partners are data", () => {
  it("finds a hard-coded list when there is one (the check can fail)", () => {
    expect(namedPartners(`const all = ["ENVIDA", "RADAR", "TRAJEKT"];`)).toEqual([
      "ENVIDA",
      "RADAR",
      "TRAJEKT",
    ]);
    expect(namedPartners(`const slugs = ['envida', 'radar', 'leger-des-heils'];`)).toHaveLength(3);
    expect(namedPartners(`const profiles = {\n  ENVIDA: {},\n  RADAR: {},\n  METGGZ: {},\n};`)).toHaveLength(
      3,
    );
    expect(namedPartners(`const one = "TRAJEKT"; // e.g. TRAJEKT or LEGER_DES_HEILS`)).toEqual(["TRAJEKT"]);
  });

  it("no TypeScript source outside generated code names more than two partners", () => {
    const offenders = sourceFiles(root)
      .map((file) => ({ file: relative(root, file), named: namedPartners(readFileSync(file, "utf8")) }))
      .filter(({ named }) => named.length > MAX_NAMED);
    expect(offenders, "read partners from @bz/contracts (`partners`) or from configuration instead").toEqual(
      [],
    );
  });
});
