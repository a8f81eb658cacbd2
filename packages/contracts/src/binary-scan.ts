import type { SchemaNode } from "./schema-tree.ts";

/**
 * A bounds-checking pass over an Avro binary body before avsc decodes it. avsc trusts block
 * counts and allocates `new Array(count)` up front, so 15 hostile bytes announcing 2^28 items
 * exhaust the heap and kill the process. This scan reads the body against the writer's schema,
 * never allocating, and rejects what cannot be a value: counts larger than the bytes left, enum
 * or union indexes out of range, booleans other than 0/1, ints and longs out of range.
 */

/** Where the body ends, or why it is not a value of the schema. */
export type ScanResult =
  | { ok: true; end: number }
  | { ok: false; kind: "truncated" | "invalid"; path: string; message: string };

class ScanError extends Error {
  readonly kind: "truncated" | "invalid";
  readonly path: string;
  constructor(kind: "truncated" | "invalid", path: string, message: string) {
    super(message);
    this.kind = kind;
    this.path = path;
  }
}

/** Scans the value of `tree` that starts at `start` in `bytes`. */
export function scanBody(tree: SchemaNode, bytes: Uint8Array, start: number): ScanResult {
  const cursor = { pos: start };
  try {
    scan(tree, bytes, cursor, "$");
    return { ok: true, end: cursor.pos };
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
    return { ok: false, kind: error.kind, path: error.path, message: error.message };
  }
}

function scan(node: SchemaNode, bytes: Uint8Array, cursor: { pos: number }, path: string): void {
  switch (node.kind) {
    case "primitive":
      scanPrimitive(node.type, bytes, cursor, path);
      return;
    case "enum": {
      const index = readLong(bytes, cursor, path);
      if (index < 0 || index >= node.symbols.length) {
        throw new ScanError(
          "invalid",
          path,
          `enum index ${index} is outside ${node.name}'s ${node.symbols.length} symbols`,
        );
      }
      return;
    }
    case "nullable": {
      const branch = readLong(bytes, cursor, path);
      if (branch === 1) scan(node.value, bytes, cursor, path);
      else if (branch !== 0)
        throw new ScanError("invalid", path, `union branch ${branch} does not exist (0 or 1)`);
      return;
    }
    case "array": {
      const min = Math.max(1, minimumBytes(node.items));
      for (let block = readLong(bytes, cursor, path); block !== 0; block = readLong(bytes, cursor, path)) {
        let count = block;
        if (count < 0) {
          count = -count;
          readLong(bytes, cursor, path); // the block's size in bytes, which a reader may skip
        }
        if (count * min > bytes.length - cursor.pos) {
          throw new ScanError(
            "truncated",
            path,
            `a block of ${count} items needs more than the ${bytes.length - cursor.pos} bytes left`,
          );
        }
        for (let i = 0; i < count; i++) scan(node.items, bytes, cursor, `${path}[${i}]`);
      }
      return;
    }
    case "record":
      for (const field of node.fields) scan(field.type, bytes, cursor, `${path}.${field.name}`);
      return;
  }
}

function scanPrimitive(type: string, bytes: Uint8Array, cursor: { pos: number }, path: string): void {
  switch (type) {
    case "null":
      return;
    case "boolean": {
      const byte = take(bytes, cursor, 1, path);
      if (byte > 1) throw new ScanError("invalid", path, `a boolean is 0 or 1, not ${byte}`);
      return;
    }
    case "int": {
      const value = readLong(bytes, cursor, path);
      if (value < -2_147_483_648 || value > 2_147_483_647)
        throw new ScanError("invalid", path, `${value} is not an int`);
      return;
    }
    case "long":
      readLong(bytes, cursor, path);
      return;
    case "double":
      take(bytes, cursor, 8, path);
      return;
    default: {
      const length = readLong(bytes, cursor, path);
      if (length < 0) throw new ScanError("invalid", path, `a string cannot have length ${length}`);
      take(bytes, cursor, length, path);
    }
  }
}

/** A zig-zag varint as a safe integer; longer than 10 bytes or beyond 2^53 is invalid. */
function readLong(bytes: Uint8Array, cursor: { pos: number }, path: string): number {
  let raw = 0;
  let scale = 1;
  for (let i = 0; i < 10; i++) {
    const byte = take(bytes, cursor, 1, path);
    raw += (byte & 0x7f) * scale;
    if ((byte & 0x80) === 0) {
      if (raw > Number.MAX_SAFE_INTEGER) {
        throw new ScanError("invalid", path, "a long beyond ±2^53 cannot be held without losing precision");
      }
      return raw % 2 === 0 ? raw / 2 : -(raw + 1) / 2;
    }
    scale *= 128;
  }
  throw new ScanError("invalid", path, "a varint longer than 10 bytes");
}

/** Advances past `count` bytes and returns the first; truncated when they are not there. */
function take(bytes: Uint8Array, cursor: { pos: number }, count: number, path: string): number {
  if (cursor.pos + count > bytes.length) {
    throw new ScanError(
      "truncated",
      path,
      `needs ${count} more byte(s) but only ${bytes.length - cursor.pos} remain`,
    );
  }
  const first = bytes[cursor.pos] ?? 0;
  cursor.pos += count;
  return first;
}

/** The fewest bytes a value of `node` can take. */
function minimumBytes(node: SchemaNode): number {
  switch (node.kind) {
    case "primitive":
      return node.type === "null" ? 0 : node.type === "double" ? 8 : 1;
    case "record":
      return node.fields.reduce((sum, field) => sum + minimumBytes(field.type), 0);
    default:
      return 1;
  }
}
