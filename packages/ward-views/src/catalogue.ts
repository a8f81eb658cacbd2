import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BzError } from "@bz/errors";
import { z } from "zod";

/** What a breakdown indicator splits its total by (one more dimension of its table). */
export const breakdowns = ["partner", "ageBand", "reason", "outcome", "pair"] as const;
/** A breakdown dimension. */
export type Breakdown = (typeof breakdowns)[number];

/** One versioned indicator definition (after the KIK-V exchange profiles: id, version, what it counts). */
export const indicatorDefinition = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]{1,62}$/, "an id is kebab-case, e.g. clients-in-care"),
  version: z.number().int().min(1),
  title: z.string().min(1),
  description: z.string().min(1),
  unit: z.string().min(1),
  numerator: z.string().min(1),
  denominator: z.string().min(1),
  events: z.array(z.string().regex(/^[A-Z][A-Za-z]+$/)).min(1),
  aggregate: z.enum(["count", "distinct", "sum", "mean"]),
  protectedBy: z.enum(["clients", "households", "referrals"]),
  family: z.string().min(1).describe("Indicators of one family are protected together (linked tables)"),
  breakdown: z
    .enum(breakdowns)
    .optional()
    .describe("Splits the indicator named by breakdownOf by this dimension; absent: one figure per cell"),
  breakdownOf: z
    .string()
    .optional()
    .describe("The indicator (same family) whose figures are the total over the breakdown's values"),
});
/** An indicator definition. */
export type IndicatorDefinition = z.infer<typeof indicatorDefinition>;

const catalogueFile = z.object({
  catalogueVersion: z.number().int(),
  indicators: z.array(indicatorDefinition).min(1),
});

/** Where the catalogue lives under version control. */
export const catalogueFilePath = join(import.meta.dirname, "..", "indicators.json");

/** Validates a catalogue document: the schema, and each id + version defined once. */
export function parseCatalogue(input: unknown): IndicatorDefinition[] {
  const parsed = catalogueFile.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BzError(
      "WARD_INVALID_CATALOGUE",
      `The indicator catalogue is invalid at ${issue?.path.join(".") ?? "(root)"}: ${issue?.message}. Fix ${catalogueFilePath}.`,
    );
  }
  const seen = new Set<string>();
  const ids = new Map(parsed.data.indicators.map((d) => [d.id, d]));
  for (const d of parsed.data.indicators) {
    const key = `${d.id}@${d.version}`;
    const total = d.breakdownOf === undefined ? undefined : ids.get(d.breakdownOf);
    if (
      (d.breakdown === undefined) !== (d.breakdownOf === undefined) ||
      (d.breakdownOf !== undefined &&
        (total === undefined || total.family !== d.family || total.breakdown !== undefined))
    ) {
      throw new BzError(
        "WARD_INVALID_CATALOGUE",
        `${key} needs both breakdown and breakdownOf, naming an indicator without a breakdown in the same family ("${d.family}").`,
      );
    }
    if (seen.has(key)) {
      throw new BzError(
        "WARD_INVALID_CATALOGUE",
        `${key} is defined twice; a changed definition is a new version.`,
      );
    }
    seen.add(key);
  }
  return parsed.data.indicators;
}

/** The catalogue under version control (packages/ward-views/indicators.json). */
export function loadCatalogue(): IndicatorDefinition[] {
  return parseCatalogue(JSON.parse(readFileSync(catalogueFilePath, "utf8")));
}

/** The latest version of each indicator id, in catalogue order. */
export function latestDefinitions(catalogue: readonly IndicatorDefinition[]): IndicatorDefinition[] {
  const latest = new Map<string, IndicatorDefinition>();
  for (const d of catalogue) {
    const seen = latest.get(d.id);
    if (seen === undefined || seen.version < d.version) latest.set(d.id, d);
  }
  return [...latest.values()];
}

/** A stable fingerprint of a definition: a published version's fingerprint must never change. */
export function definitionFingerprint(definition: IndicatorDefinition): string {
  const canonical = JSON.stringify(definition, Object.keys(definition).sort());
  return createHash("sha256").update(canonical).digest("hex").slice(0, 16);
}
