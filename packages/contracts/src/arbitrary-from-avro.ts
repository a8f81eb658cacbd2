import fc from "fast-check";
import type { Constraints, SchemaNode } from "./schema-tree.ts";
import { forbiddenCharacterProblem } from "./text-rules.ts";
import { formatDate, formatTimestamp } from "./time.ts";

/**
 * fast-check arbitraries of valid values, derived from the Avro tree and its `bz.*` constraints:
 * the values the codec must round-trip and zod must accept. Values come out in the codec's
 * canonical form (every field present, ISO strings), so decode(encode(v)) must equal v.
 */

const INT_MIN = -2_147_483_648;
const INT_MAX = 2_147_483_647;
// Years 1000-9999, the range the timestamp grammar accepts.
const MIN_MILLIS = Date.UTC(1000, 0, 1);
const MAX_MILLIS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** An arbitrary of valid values for `node`; `fixed` pins top-level fields (eventType, schemaVersion). */
export function arbitraryOf(node: SchemaNode, fixed: Record<string, unknown> = {}): fc.Arbitrary<unknown> {
  switch (node.kind) {
    case "primitive":
      return primitive(node.type, node.logical, node.constraints);
    case "enum":
      return fc.constantFrom(...node.symbols);
    case "nullable":
      return fc.option(arbitraryOf(node.value), { nil: null });
    case "array":
      return fc.array(arbitraryOf(node.items), {
        minLength: node.constraints.minItems ?? 0,
        maxLength: node.constraints.maxItems ?? 10,
      });
    case "record": {
      const fields: Record<string, fc.Arbitrary<unknown>> = {};
      for (const field of node.fields) {
        fields[field.name] = field.name in fixed ? fc.constant(fixed[field.name]) : arbitraryOf(field.type);
      }
      return fc.record(fields);
    }
  }
}

function primitive(type: string, logical: string | undefined, c: Constraints): fc.Arbitrary<unknown> {
  if (logical === "uuid") return fc.uuid().map((s) => s.toLowerCase());
  if (logical === "timestamp-millis") {
    return fc
      .integer({ min: MIN_MILLIS / 1000, max: Math.floor(MAX_MILLIS / 1000) })
      .chain((seconds) => fc.integer({ min: 0, max: 999 }).map((ms) => formatTimestamp(seconds * 1000 + ms)));
  }
  if (logical === "date") {
    return fc
      .integer({ min: MIN_MILLIS / 86_400_000, max: Math.floor(MAX_MILLIS / 86_400_000) })
      .map(formatDate);
  }
  switch (type) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "int":
      return fc.integer({
        min: Math.max(INT_MIN, c.min ?? INT_MIN),
        max: Math.min(INT_MAX, c.max ?? INT_MAX),
      });
    case "long":
      return fc
        .bigInt({
          min: BigInt(Math.max(Number.MIN_SAFE_INTEGER, c.min ?? Number.MIN_SAFE_INTEGER)),
          max: BigInt(Math.min(Number.MAX_SAFE_INTEGER, c.max ?? Number.MAX_SAFE_INTEGER)),
        })
        .map(Number);
    case "double":
      return fc.double({ min: c.min ?? -Number.MAX_VALUE, max: c.max ?? Number.MAX_VALUE, noNaN: true });
    default:
      if (c.pattern !== undefined) return fc.stringMatching(new RegExp(c.pattern));
      // Any Unicode, including astral characters; lengths count UTF-16 code units as zod does.
      return fc
        .string({ unit: "grapheme", minLength: c.minLength ?? 0, maxLength: Math.min(c.maxLength ?? 40, 40) })
        .filter(
          (s) =>
            s.length >= (c.minLength ?? 0) &&
            s.length <= (c.maxLength ?? Number.POSITIVE_INFINITY) &&
            forbiddenCharacterProblem(s) === undefined,
        );
  }
}
