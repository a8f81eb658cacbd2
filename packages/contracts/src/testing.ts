import fc from "fast-check";
import { arbitraryOf } from "./arbitrary-from-avro.ts";
import { describeCatalogue } from "./catalogue.ts";
import { satisfyRules } from "./cross-field-rules.ts";
import { catalogueData } from "./generated/catalogue-data.ts";
import type { CareEvent, EventType } from "./generated/types.ts";
import { buildRegistry } from "./registry.ts";

/**
 * Test helpers for every package that handles care events (`@bz/contracts/testing`): valid events
 * of any type, random (for property tests) or fixed (for examples).
 */

const registry = buildRegistry(catalogueData);
const { wards } = describeCatalogue(catalogueData, registry);
const context = { wardOf: (code: string) => wards.find((w) => w.buurtCode === code)?.ward };

/** An arbitrary of valid events of one type (latest version), or of any type. */
export function arbitraryEvent<T extends EventType>(
  eventType?: T,
): fc.Arbitrary<Extract<CareEvent, { eventType: T }>> {
  const types = eventType === undefined ? [...registry.byType.values()] : [registry.byType.get(eventType)];
  const arbitraries = types.map((schemas) => {
    if (schemas === undefined) throw new Error(`Unknown event type ${String(eventType)}`);
    const fixed = { eventType: schemas.eventType, schemaVersion: schemas.latest.version };
    // Per-field values, then the cross-field rules kept, so every sample is a valid event.
    return arbitraryOf(schemas.latest.tree, fixed).map((value) =>
      satisfyRules(schemas.rules, value as Record<string, unknown>, context),
    );
  });
  return fc.oneof(...arbitraries) as unknown as fc.Arbitrary<Extract<CareEvent, { eventType: T }>>;
}

/** One valid event of the type, the same for the same seed; `overrides` replace top-level fields. */
export function sampleEvent<T extends EventType>(
  eventType: T,
  overrides: Partial<Extract<CareEvent, { eventType: T }>> = {},
  seed = 42,
): Extract<CareEvent, { eventType: T }> {
  const [value] = fc.sample(arbitraryEvent(eventType), { numRuns: 1, seed });
  if (value === undefined) throw new Error("fast-check produced no sample");
  return { ...value, ...overrides };
}
