import { BzError } from "@bz/errors";
import type { SchemaNode } from "./schema-tree.ts";
import { formatDate, formatTimestamp, parseDate, parseTimestamp } from "./time.ts";

/**
 * Conversion between an event as the platform holds it (ISO strings for timestamps and dates,
 * plain objects) and the value avsc writes and reads (numbers, record instances). avsc's own
 * logical-type hooks are not used: the conversion stays visible and the same for every reader.
 */

/** Stands in for an unparsable timestamp or date: not a number, so avsc refuses it (undefined it would default). */
const NOT_A_TIME = Object.freeze({ notATime: true });

/**
 * The avsc value for an event value. Meant for validated values; on anything else it passes the
 * odd part through unchanged (or a marker object for an unparsable timestamp) so avsc rejects it.
 */
export function toWire(node: SchemaNode, value: unknown): unknown {
  switch (node.kind) {
    case "primitive":
      if (node.logical === "timestamp-millis")
        return (typeof value === "string" ? parseTimestamp(value) : undefined) ?? NOT_A_TIME;
      if (node.logical === "date")
        return (typeof value === "string" ? parseDate(value) : undefined) ?? NOT_A_TIME;
      return value;
    case "enum":
      return value;
    case "nullable":
      return value === null ? null : toWire(node.value, value);
    case "array":
      return Array.isArray(value) ? value.map((item) => toWire(node.items, item)) : value;
    case "record": {
      if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
      const source = value as Record<string, unknown>;
      const result: Record<string, unknown> = {};
      for (const field of node.fields) {
        const fieldValue = source[field.name];
        result[field.name] =
          fieldValue === undefined && field.hasDefault ? field.default : toWire(field.type, fieldValue);
      }
      return result;
    }
  }
}

/** The event value for a value avsc decoded; throws CONTRACT_INVALID_VALUE naming the field. */
export function fromWire(node: SchemaNode, value: unknown, path = "$"): unknown {
  switch (node.kind) {
    case "primitive": {
      if (node.logical === "timestamp-millis")
        return converted(formatTimestamp(value as number), value, path);
      if (node.logical === "date") return converted(formatDate(value as number), value, path);
      return value;
    }
    case "enum":
      return value;
    case "nullable":
      return value === null ? null : fromWire(node.value, value, path);
    case "array":
      return (value as unknown[]).map((item, i) => fromWire(node.items, item, `${path}[${i}]`));
    case "record": {
      const source = value as Record<string, unknown>;
      const result: Record<string, unknown> = {};
      for (const field of node.fields) {
        result[field.name] = fromWire(field.type, source[field.name], `${path}.${field.name}`);
      }
      return result;
    }
  }
}

/** A field default in the event's own form (a timestamp default is a number on the wire). */
export function defaultValue(node: SchemaNode, wireDefault: unknown): unknown {
  return fromWire(node, wireDefault);
}

function converted(result: string | undefined, raw: unknown, path: string): string {
  if (result === undefined) {
    throw new BzError("CONTRACT_INVALID_VALUE", `${path}: ${String(raw)} is outside the years 1000-9999.`);
  }
  return result;
}
