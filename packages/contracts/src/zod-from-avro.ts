import { z } from "zod";
import type { Constraints, SchemaNode } from "./schema-tree.ts";
import { forbiddenCharacterIssue, forbiddenCharacterProblem } from "./text-rules.ts";
import { formatDate, formatTimestamp, parseDate, parseTimestamp } from "./time.ts";
import { defaultValue } from "./wire-value.ts";

/**
 * zod schemas derived from the Avro schema tree at start-up, so the JSON the gateway accepts and
 * the values the codec encodes cannot drift apart. Each schema accepts JSON input and outputs the
 * exact value the codec encodes: defaults filled in, timestamps and uuids in canonical form.
 */

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const INT_MIN = -2_147_483_648;
const INT_MAX = 2_147_483_647;

/** What the envelope fields `eventType` and `schemaVersion` must hold for one event type. */
export interface EventIdentity {
  eventType: string;
  /** Every published version; JSON written against an older one is accepted (evolution is backward). */
  versions: readonly number[];
  latest: number;
}

/** The zod schema of one event type's latest version. */
export function eventZodSchema(tree: SchemaNode, identity: EventIdentity) {
  if (tree.kind !== "record") throw new Error(`${identity.eventType}: an event schema must be a record`);
  const shape: Record<string, z.ZodType> = {};
  for (const field of tree.fields) {
    if (field.name === "eventType") shape[field.name] = z.literal(identity.eventType);
    else if (field.name === "schemaVersion") {
      const [first, ...rest] = identity.versions;
      if (first === undefined) throw new Error(`${identity.eventType}: no versions`);
      // Any published version is readable by the latest; the value is upgraded to it.
      shape[field.name] = z.literal([first, ...rest]).transform(() => identity.latest);
    } else shape[field.name] = fieldSchema(field.type, field.hasDefault, field.default);
  }
  return z.strictObject(shape);
}

/** The zod schema of any node of the tree. */
export function nodeSchema(node: SchemaNode): z.ZodType {
  switch (node.kind) {
    case "primitive":
      return primitiveSchema(node.type, node.logical, node.constraints);
    case "enum":
      return z.enum(node.symbols as [string, ...string[]]);
    case "nullable":
      return nodeSchema(node.value).nullable();
    case "array": {
      let schema = z.array(nodeSchema(node.items));
      if (node.constraints.minItems !== undefined) schema = schema.min(node.constraints.minItems);
      if (node.constraints.maxItems !== undefined) schema = schema.max(node.constraints.maxItems);
      return schema;
    }
    case "record": {
      const shape: Record<string, z.ZodType> = {};
      for (const field of node.fields)
        shape[field.name] = fieldSchema(field.type, field.hasDefault, field.default);
      return z.strictObject(shape);
    }
  }
}

function fieldSchema(type: SchemaNode, hasDefault: boolean, wireDefault: unknown): z.ZodType {
  const schema = nodeSchema(type);
  return hasDefault ? schema.default(defaultValue(type, wireDefault) as never) : schema;
}

function primitiveSchema(type: string, logical: string | undefined, constraints: Constraints): z.ZodType {
  if (logical === "timestamp-millis") {
    return isoString("an ISO-8601 timestamp with offset, e.g. 2025-03-01T09:30:00.000Z", (text) => {
      const millis = parseTimestamp(text);
      return millis === undefined ? undefined : formatTimestamp(millis);
    });
  }
  if (logical === "date") {
    return isoString("a calendar date YYYY-MM-DD", (text) => {
      const days = parseDate(text);
      return days === undefined ? undefined : formatDate(days);
    });
  }
  switch (type) {
    case "null":
      return z.null();
    case "boolean":
      return z.boolean();
    case "int":
      return bounded(z.number().int().min(INT_MIN).max(INT_MAX), constraints);
    case "long":
      return bounded(z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER), constraints);
    case "double":
      return bounded(z.number(), constraints);
    default:
      return stringSchema(logical, constraints);
  }
}

function stringSchema(logical: string | undefined, constraints: Constraints): z.ZodType {
  let schema = z.string();
  if (constraints.minLength !== undefined) schema = schema.min(constraints.minLength);
  if (constraints.maxLength !== undefined) schema = schema.max(constraints.maxLength);
  if (constraints.pattern !== undefined) schema = schema.regex(new RegExp(constraints.pattern));
  // What no store can keep is refused by the contract itself (text-rules.ts): a lone surrogate would
  // come back from UTF-8 as U+FFFD, a \u0000 stops PostgreSQL's jsonb and with it a partition.
  schema = schema.superRefine((text, ctx) => {
    const problem = forbiddenCharacterProblem(text);
    if (problem !== undefined) {
      ctx.addIssue({ code: "custom", message: problem, params: { bz: forbiddenCharacterIssue } });
    }
  });
  if (logical === "uuid") {
    // One spelling per id, so deduplication by event id cannot be fooled by letter case.
    return schema
      .regex(UUID, "Expected a UUID like 0b7e6c52-3c1d-4f7e-9a51-2f0e8d1c4b6a")
      .transform((s) => s.toLowerCase());
  }
  return schema;
}

function bounded(schema: z.ZodNumber, constraints: Constraints): z.ZodNumber {
  let result = schema;
  if (constraints.min !== undefined) result = result.min(constraints.min);
  if (constraints.max !== undefined) result = result.max(constraints.max);
  return result;
}

function isoString(expected: string, canonical: (text: string) => string | undefined): z.ZodType {
  return z.string().transform((text, ctx) => {
    const result = canonical(text);
    if (result === undefined) {
      ctx.issues.push({
        code: "custom",
        message: `Expected ${expected}, got ${JSON.stringify(text)}`,
        input: text,
      });
      return z.NEVER;
    }
    return result;
  });
}
