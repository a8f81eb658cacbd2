import { BzError } from "@bz/errors";

/**
 * A parsed .avsc as a tree the generators walk (zod, TypeScript, docs, wire conversion). Named
 * types are resolved to the same node object wherever they are referenced, and the catalogue's own
 * attributes (`bz.*`) are kept, which avsc's parsed types drop.
 *
 * The catalogue uses a deliberate subset of Avro so that every type maps one-to-one onto JSON,
 * zod and TypeScript: no bytes, fixed, map or float, and unions only of the form ["null", T].
 */

/** Attributes the catalogue adds to Avro (see packages/contracts/README.md). */
export interface Constraints {
  /** `bz.pattern`: a regular expression the whole string must match. */
  pattern?: string;
  /** `bz.minLength` / `bz.maxLength`: string length in UTF-16 code units. */
  minLength?: number;
  maxLength?: number;
  /** `bz.min` / `bz.max`: inclusive bounds of a number. */
  min?: number;
  max?: number;
  /** `bz.minItems` / `bz.maxItems`: bounds of an array's length. */
  minItems?: number;
  maxItems?: number;
}

export type PrimitiveName = "null" | "boolean" | "int" | "long" | "double" | "string";
export type LogicalName = "uuid" | "timestamp-millis" | "date";

export type SchemaNode =
  | { kind: "primitive"; type: PrimitiveName; logical?: LogicalName; constraints: Constraints }
  | { kind: "record"; fullName: string; name: string; doc: string; fields: FieldNode[] }
  | { kind: "enum"; fullName: string; name: string; doc: string; symbols: string[]; default?: string }
  | { kind: "array"; items: SchemaNode; constraints: Constraints }
  | { kind: "nullable"; value: SchemaNode };

export interface FieldNode {
  name: string;
  doc: string;
  type: SchemaNode;
  /** The Avro default in its JSON (wire) form; absent when the field has none. */
  default?: unknown;
  hasDefault: boolean;
  /** `bz.personal`: holds personal detail about the subject, made unreadable on erasure. */
  personal: boolean;
}

const LOGICAL: Record<string, PrimitiveName> = { uuid: "string", "timestamp-millis": "long", date: "int" };
const PRIMITIVES = new Set<string>(["null", "boolean", "int", "long", "double", "string"]);

/** Parses one self-contained .avsc; `where` names it in error messages. */
export function parseSchemaTree(schema: unknown, where: string): SchemaNode {
  return new TreeBuilder(where).build(schema, "");
}

class TreeBuilder {
  readonly named = new Map<string, SchemaNode>();
  readonly where: string;

  constructor(where: string) {
    this.where = where;
  }

  build(schema: unknown, namespace: string, path = "$"): SchemaNode {
    if (typeof schema === "string") {
      if (PRIMITIVES.has(schema))
        return { kind: "primitive", type: schema as PrimitiveName, constraints: {} };
      const ref = this.named.get(qualify(schema, namespace)) ?? this.named.get(schema);
      if (ref === undefined)
        throw this.fail(path, `unknown type "${schema}" (define a named type before use)`);
      return ref;
    }
    if (Array.isArray(schema)) {
      if (schema.length !== 2 || schema[0] !== "null") {
        throw this.fail(path, 'only unions of the form ["null", T] are used in this catalogue');
      }
      return { kind: "nullable", value: this.build(schema[1], namespace, `${path}|1`) };
    }
    if (typeof schema !== "object" || schema === null) throw this.fail(path, "not a schema");
    const node = schema as Record<string, unknown>;
    const type = node.type;
    if (typeof type === "string" && PRIMITIVES.has(type)) return this.primitive(node, type, path);
    if (type === "record") return this.record(node, namespace, path);
    if (type === "enum") return this.enumeration(node, namespace, path);
    if (type === "array") {
      return {
        kind: "array",
        items: this.build(node.items, namespace, `${path}[]`),
        constraints: constraintsOf(node),
      };
    }
    if (typeof type === "object" && type !== null) return this.build(type, namespace, path);
    throw this.fail(path, `type ${JSON.stringify(type)} is not used in this catalogue`);
  }

  primitive(node: Record<string, unknown>, type: string, path: string): SchemaNode {
    const logical = node.logicalType;
    const result: SchemaNode = {
      kind: "primitive",
      type: type as PrimitiveName,
      constraints: constraintsOf(node),
    };
    if (logical === undefined) return result;
    if (typeof logical !== "string" || LOGICAL[logical] !== type) {
      throw this.fail(
        path,
        `logicalType ${JSON.stringify(logical)} on ${type} is not used in this catalogue`,
      );
    }
    return { ...result, logical: logical as LogicalName };
  }

  record(node: Record<string, unknown>, namespace: string, path: string): SchemaNode {
    const { fullName, name, ownNamespace } = this.nameOf(node, namespace, path);
    if (!Array.isArray(node.fields)) throw this.fail(path, `record ${fullName} has no fields array`);
    const fields: FieldNode[] = [];
    const record: SchemaNode = { kind: "record", fullName, name, doc: this.docOf(node, fullName), fields };
    this.named.set(fullName, record);
    for (const raw of node.fields as Record<string, unknown>[]) {
      if (typeof raw.name !== "string") throw this.fail(path, `a field of ${fullName} has no name`);
      const fieldPath = `${path}.${raw.name}`;
      const field: FieldNode = {
        name: raw.name,
        doc: this.docOf(raw, `${fullName}.${raw.name}`),
        type: this.build(raw.type, ownNamespace, fieldPath),
        hasDefault: "default" in raw,
        personal: raw["bz.personal"] === true,
      };
      if ("default" in raw) field.default = raw.default;
      fields.push(field);
    }
    return record;
  }

  enumeration(node: Record<string, unknown>, namespace: string, path: string): SchemaNode {
    const { fullName, name } = this.nameOf(node, namespace, path);
    const symbols = node.symbols;
    if (!Array.isArray(symbols) || symbols.some((s) => typeof s !== "string")) {
      throw this.fail(path, `enum ${fullName} needs a symbols array`);
    }
    const result: SchemaNode = { kind: "enum", fullName, name, doc: this.docOf(node, fullName), symbols };
    if (typeof node.default === "string") result.default = node.default;
    this.named.set(fullName, result);
    return result;
  }

  nameOf(node: Record<string, unknown>, namespace: string, path: string) {
    if (typeof node.name !== "string") throw this.fail(path, "a named type has no name");
    const ownNamespace = typeof node.namespace === "string" ? node.namespace : namespace;
    const fullName = qualify(node.name, ownNamespace);
    if (this.named.has(fullName)) throw this.fail(path, `${fullName} is defined twice`);
    const dot = fullName.lastIndexOf(".");
    return { fullName, name: fullName.slice(dot + 1), ownNamespace: dot < 0 ? "" : fullName.slice(0, dot) };
  }

  docOf(node: Record<string, unknown>, what: string): string {
    if (typeof node.doc !== "string" || node.doc.trim() === "") {
      throw new BzError(
        "CONTRACT_INVALID_SCHEMA",
        `${this.where}: ${what} has no "doc"; every field and type needs one.`,
      );
    }
    return node.doc;
  }

  fail(path: string, problem: string): BzError {
    return new BzError("CONTRACT_INVALID_SCHEMA", `${this.where} at ${path}: ${problem}.`);
  }
}

function qualify(name: string, namespace: string): string {
  return name.includes(".") || namespace === "" ? name : `${namespace}.${name}`;
}

function constraintsOf(node: Record<string, unknown>): Constraints {
  const result: Constraints = {};
  const keys = ["pattern", "minLength", "maxLength", "min", "max", "minItems", "maxItems"] as const;
  for (const key of keys) {
    const value = node[`bz.${key}`];
    if (value === undefined) continue;
    if (key === "pattern" ? typeof value !== "string" : typeof value !== "number") {
      throw new BzError("CONTRACT_INVALID_SCHEMA", `bz.${key} has the wrong type: ${JSON.stringify(value)}.`);
    }
    (result as Record<string, unknown>)[key] = value;
  }
  return result;
}
