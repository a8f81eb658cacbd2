import { BzError } from "@bz/errors";

/**
 * Parsing Canonical Form of an Avro schema (Avro specification, "Parsing Canonical Form for
 * Schemas"). Written here rather than taken from a library because implementations disagree on
 * logical types (python3-avro keeps `{"type":"string"}` where the spec says `"string"`), and the
 * fingerprint on every stored event depends on getting this byte-for-byte right.
 */

const PRIMITIVES = new Set(["null", "boolean", "int", "long", "float", "double", "bytes", "string"]);
const NAMED = new Set(["record", "error", "enum", "fixed"]);

/** The schema's Parsing Canonical Form: the text whose CRC-64-AVRO is the schema's fingerprint. */
export function parsingCanonicalForm(schema: unknown): string {
  return canonical(schema, "", new Set());
}

function fullName(name: string, namespace: string): string {
  return name.includes(".") || namespace === "" ? name : `${namespace}.${name}`;
}

function canonical(schema: unknown, namespace: string, defined: Set<string>): string {
  if (typeof schema === "string") {
    if (PRIMITIVES.has(schema)) return JSON.stringify(schema);
    // A reference to a named type defined earlier: [FULLNAMES].
    return JSON.stringify(fullName(schema, namespace));
  }
  if (Array.isArray(schema)) {
    return `[${schema.map((branch) => canonical(branch, namespace, defined)).join(",")}]`;
  }
  if (typeof schema !== "object" || schema === null) {
    throw invalid(`expected a type name, a union array or a schema object, got ${JSON.stringify(schema)}`);
  }
  const node = schema as Record<string, unknown>;
  const type = node.type;
  // [PRIMITIVES] and [STRIP]: a primitive in object form, with or without a logicalType, is its name.
  if (typeof type === "string" && PRIMITIVES.has(type)) return JSON.stringify(type);
  if (typeof type === "string" && NAMED.has(type)) {
    if (typeof node.name !== "string") throw invalid(`a ${type} needs a name`);
    const ownNamespace = typeof node.namespace === "string" ? node.namespace : namespace;
    const name = fullName(node.name, ownNamespace);
    if (defined.has(name)) throw invalid(`the type ${name} is defined twice`);
    defined.add(name);
    // Names inside a named type resolve against that type's own namespace.
    const inner = name.includes(".") ? name.slice(0, name.lastIndexOf(".")) : "";
    const head = `{"name":${JSON.stringify(name)},"type":${JSON.stringify(type === "error" ? "record" : type)}`;
    if (type === "enum") return `${head},"symbols":${JSON.stringify(node.symbols)}}`;
    if (type === "fixed") return `${head},"size":${Number(node.size)}}`;
    if (!Array.isArray(node.fields)) throw invalid(`the record ${name} needs a fields array`);
    const fields = node.fields.map((field: Record<string, unknown>) => {
      return `{"name":${JSON.stringify(field.name)},"type":${canonical(field.type, inner, defined)}}`;
    });
    return `${head},"fields":[${fields.join(",")}]}`;
  }
  if (type === "array") return `{"type":"array","items":${canonical(node.items, namespace, defined)}}`;
  if (type === "map") return `{"type":"map","values":${canonical(node.values, namespace, defined)}}`;
  // {"type": {...}} and {"type": "some.Named"} wrap another schema.
  return canonical(type, namespace, defined);
}

function invalid(problem: string): BzError {
  return new BzError("CONTRACT_INVALID_SCHEMA", `Not a valid Avro schema: ${problem}.`);
}
