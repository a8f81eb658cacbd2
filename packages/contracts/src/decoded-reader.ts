import type { Constraints, SchemaNode } from "./schema-tree.ts";
import { forbiddenCharacterProblem } from "./text-rules.ts";
import { formatDate, formatTimestamp } from "./time.ts";

/**
 * The decode path's own check, compiled once per schema from the same tree zod is derived from.
 * avsc has already proven the types (a record has its fields, an int is an int, an enum one of
 * its symbols), so what is left is what the catalogue adds to Avro: the `bz.*` bounds and
 * patterns, the characters no store can keep, canonical uuids, and timestamps in years 1000-9999.
 * A reader turns avsc's value into the event value in one walk and answers INVALID at the first
 * broken rule; the codec then asks zod why, so error messages stay exactly those of the JSON edge
 * (codec.ts). A property test holds this reader and zod to the same verdict and the same value.
 */

/** What a reader returns for a value that breaks a rule of the catalogue. */
export const INVALID: unique symbol = Symbol("invalid");

/** What a walk noticed on its way, for checks that only the whole value can settle. */
export interface ReadNotes {
  /** A string held U+FFFD, which avsc also makes of invalid UTF-8 (see codec.ts). */
  replacementSeen: boolean;
}

/** Turns one decoded avsc value into the event value, or INVALID. */
export type DecodedReader = (wire: unknown, notes: ReadNotes) => unknown;

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
// The fast pre-test of text-rules.ts: a string without any of these needs no closer look.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;

/** Compiles the reader of `node` (a whole event's record, or any part of one). */
export function compileReader(node: SchemaNode): DecodedReader {
  switch (node.kind) {
    case "primitive":
      return primitiveReader(node.type, node.logical, node.constraints);
    case "enum":
      return (wire) => wire;
    case "nullable": {
      const inner = compileReader(node.value);
      return (wire, notes) => (wire === null ? null : inner(wire, notes));
    }
    case "array": {
      const item = compileReader(node.items);
      const { minItems, maxItems } = node.constraints;
      return (wire, notes) => {
        const items = wire as unknown[];
        if (minItems !== undefined && items.length < minItems) return INVALID;
        if (maxItems !== undefined && items.length > maxItems) return INVALID;
        const out = new Array<unknown>(items.length);
        for (let i = 0; i < items.length; i++) {
          const value = item(items[i], notes);
          if (value === INVALID) return INVALID;
          out[i] = value;
        }
        return out;
      };
    }
    case "record": {
      const names = node.fields.map((field) => field.name);
      const readers = node.fields.map((field) => compileReader(field.type));
      return (wire, notes) => {
        const source = wire as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        for (let i = 0; i < names.length; i++) {
          const name = names[i] as string;
          const value = (readers[i] as DecodedReader)(source[name], notes);
          if (value === INVALID) return INVALID;
          out[name] = value;
        }
        return out;
      };
    }
  }
}

function primitiveReader(type: string, logical: string | undefined, c: Constraints): DecodedReader {
  if (logical === "timestamp-millis") return (wire) => formatTimestamp(wire as number) ?? INVALID;
  if (logical === "date") return (wire) => formatDate(wire as number) ?? INVALID;
  switch (type) {
    case "null":
    case "boolean":
      return (wire) => wire;
    case "int":
      return numberReader(c, Number.isInteger);
    case "long":
      return numberReader(c, Number.isSafeInteger);
    case "double":
      return numberReader(c, Number.isFinite);
    default:
      return stringReader(logical, c);
  }
}

function numberReader(c: Constraints, kind: (n: number) => boolean): DecodedReader {
  const { min, max } = c;
  return (wire) => {
    const n = wire as number;
    if (!kind(n)) return INVALID;
    if (min !== undefined && n < min) return INVALID;
    if (max !== undefined && n > max) return INVALID;
    return n;
  };
}

function stringReader(logical: string | undefined, c: Constraints): DecodedReader {
  const { minLength, maxLength } = c;
  const pattern = c.pattern === undefined ? undefined : new RegExp(c.pattern);
  const uuid = logical === "uuid";
  return (wire, notes) => {
    const text = wire as string;
    if (minLength !== undefined && text.length < minLength) return INVALID;
    if (maxLength !== undefined && text.length > maxLength) return INVALID;
    if (pattern !== undefined && !pattern.test(text)) return INVALID;
    if (SUSPECT.test(text) && forbiddenCharacterProblem(text) !== undefined) return INVALID;
    if (text.includes("\uFFFD")) notes.replacementSeen = true;
    if (uuid) return UUID.test(text) ? text.toLowerCase() : INVALID;
    return text;
  };
}
