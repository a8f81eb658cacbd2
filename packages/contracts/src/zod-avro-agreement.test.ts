import { careEventSchema, encodeEvent, eventTypes } from "@bz/contracts";
import { arbitraryEvent } from "@bz/contracts/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalogueData } from "./generated/catalogue-data.ts";
import { buildRegistry } from "./registry.ts";
import type { SchemaNode } from "./schema-tree.ts";
import { toWire } from "./wire-value.ts";

// zod (the gateway's JSON) and Avro (the wire) must agree: what one accepts the other accepts,
// and a value of the wrong type or outside an enum is rejected by both. The catalogue's bz.*
// constraints (patterns, ranges, uuid syntax) are stricter than plain Avro: zod and the codec
// reject them while a plain Avro library would not, which the last test pins down.

const registry = buildRegistry(catalogueData);

interface Site {
  path: string[];
  wrong: unknown[];
  /** True when only the catalogue's constraints reject the wrong values, not Avro itself. */
  constraintOnly: boolean;
  /** The codec's error code for the wrong values, when not CONTRACT_INVALID_VALUE. */
  code?: string;
}

/** Places in an event where a wrong value can be put, with values Avro's type cannot hold. */
function sites(node: SchemaNode, path: string[] = []): Site[] {
  switch (node.kind) {
    case "primitive": {
      const c = node.constraints;
      const result: Site[] = [];
      if (node.logical === "uuid") result.push({ path, wrong: ["not-a-uuid"], constraintOnly: true });
      if (node.logical !== undefined && node.logical !== "uuid") {
        return [{ path, wrong: ["yesterday", "2025-02-30", 17, null], constraintOnly: false }];
      }
      if (node.type === "string") {
        result.push({ path, wrong: [42, null, true, ["a"]], constraintOnly: false });
        if (c.pattern !== undefined) result.push({ path, wrong: ["BU1"], constraintOnly: true });
        if (c.maxLength !== undefined)
          result.push({ path, wrong: ["x".repeat(c.maxLength + 1)], constraintOnly: true });
        if ((c.minLength ?? 0) > 0) result.push({ path, wrong: [""], constraintOnly: true });
        for (const text of ["\ud800", "a\u0000b", "\uffff"]) {
          result.push({ path, wrong: [text], constraintOnly: true, code: "CONTRACT_FORBIDDEN_CHARACTER" });
        }
      }
      if (node.type === "int") result.push({ path, wrong: [1.5, 2 ** 31, "1", null], constraintOnly: false });
      if (node.type === "long")
        result.push({ path, wrong: [0.5, 2 ** 53 + 2, "1", null], constraintOnly: false });
      if (node.type === "double") result.push({ path, wrong: ["1", null, true], constraintOnly: false });
      if (node.type === "boolean") result.push({ path, wrong: ["true", 0, null], constraintOnly: false });
      if ((node.type === "int" || node.type === "long" || node.type === "double") && c.max !== undefined) {
        result.push({ path, wrong: [c.max + 1], constraintOnly: true });
      }
      return result;
    }
    case "enum":
      return [
        { path, wrong: ["NOT_A_SYMBOL", node.symbols[0]?.toLowerCase(), 0, null], constraintOnly: false },
      ];
    case "nullable":
      return sites(node.value, path).map((site) => ({
        ...site,
        wrong: site.wrong.filter((w) => w !== null),
      }));
    case "array": {
      const result: Site[] = [{ path, wrong: ["x", { 0: "x" }, null], constraintOnly: false }];
      if ((node.constraints.minItems ?? 0) > 0) result.push({ path, wrong: [[]], constraintOnly: true });
      return result;
    }
    case "record": {
      const nested = node.fields.flatMap((field) => {
        if (field.name === "eventType" || field.name === "schemaVersion") return [];
        const own = field.hasDefault
          ? []
          : [{ path: [...path, field.name], wrong: [undefined], constraintOnly: false }];
        return [...own, ...sites(field.type, [...path, field.name])];
      });
      return [...nested, { path: [...path, "unexpectedField"], wrong: ["x"], constraintOnly: true }];
    }
  }
}

/** A copy of `event` with `value` at `path`, or undefined when the path runs through null. */
function withValue(event: unknown, path: string[], value: unknown): unknown {
  const copy = structuredClone(event) as Record<string, unknown>;
  let target: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    const next = target[key];
    if (typeof next !== "object" || next === null) return undefined;
    target = next as Record<string, unknown>;
  }
  const last = path[path.length - 1];
  if (last === undefined) return undefined;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

describe.each(eventTypes)("zod and Avro agree on %s", (eventType) => {
  const schemas = registry.byType.get(eventType);
  if (schemas === undefined) throw new Error(eventType);
  const { tree, type } = schemas.latest;
  const allSites = sites(tree);

  it("a valid value is accepted by both, and zod outputs it unchanged", () => {
    fc.assert(
      fc.property(arbitraryEvent(eventType), (event) => {
        expect(careEventSchema.parse(event)).toEqual(event);
        expect(type.isValid(toWire(tree, event))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it("a value of the wrong type, outside an enum or missing is rejected by both", () => {
    const avroSites = allSites.filter((s) => !s.constraintOnly);
    expect(avroSites.length).toBeGreaterThan(10);
    fc.assert(
      fc.property(arbitraryEvent(eventType), fc.constantFrom(...avroSites), fc.nat(), (event, site, pick) => {
        const bad = withValue(event, site.path, site.wrong[pick % site.wrong.length]);
        if (bad === undefined) return;
        expect(careEventSchema.safeParse(bad).success).toBe(false);
        expect(type.isValid(toWire(tree, bad))).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it("a value breaking only a catalogue constraint is rejected by zod and the codec, not by plain Avro", () => {
    fc.assert(
      fc.property(
        arbitraryEvent(eventType),
        fc.constantFrom(...allSites.filter((s) => s.constraintOnly)),
        (event, site) => {
          const bad = withValue(event, site.path, site.wrong[0]);
          if (bad === undefined) return;
          expect(careEventSchema.safeParse(bad).success).toBe(false);
          expect(() => encodeEvent(bad as never)).toThrow(
            expect.objectContaining({ code: site.code ?? "CONTRACT_INVALID_VALUE" }),
          );
          expect(type.isValid(toWire(tree, bad))).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});
