import type { Type } from "avsc";
import avro from "avsc";
import type { SchemaNode } from "./schema-tree.ts";

/**
 * Backward compatibility per the Avro specification's schema resolution: can a reader with one
 * schema read data written with another? Written out (rather than only asking avsc) so that a
 * failure names the field and the reason, which is what a partner's developer needs to see.
 */

/** Why a reader cannot read a writer's data, at a path like `$.actor.role`. */
export interface Incompatibility {
  path: string;
  message: string;
}

const PROMOTIONS: Record<string, string[]> = { long: ["int"], double: ["int", "long"] };

/** Everything that stops `reader` from reading data written with `writer`; empty when compatible. */
export function incompatibilities(reader: SchemaNode, writer: SchemaNode, path = "$"): Incompatibility[] {
  if (reader.kind === "nullable") {
    return writer.kind === "nullable"
      ? incompatibilities(reader.value, writer.value, path)
      : incompatibilities(reader.value, writer, path);
  }
  if (writer.kind === "nullable") {
    return [{ path, message: "the writer allows null but the reader does not" }];
  }
  if (reader.kind !== writer.kind) {
    return [{ path, message: `the type changed from ${describe(writer)} to ${describe(reader)}` }];
  }
  switch (reader.kind) {
    case "primitive": {
      const w = writer as typeof reader;
      if (reader.type !== w.type && !PROMOTIONS[reader.type]?.includes(w.type)) {
        return [{ path, message: `the type changed from ${describe(w)} to ${describe(reader)}` }];
      }
      if (reader.logical !== w.logical) {
        return [
          {
            path,
            message: `the logical type changed from ${w.logical ?? "none"} to ${reader.logical ?? "none"}`,
          },
        ];
      }
      return [];
    }
    case "enum": {
      const w = writer as typeof reader;
      if (w.fullName !== reader.fullName)
        return [{ path, message: `the enum ${w.fullName} was renamed ${reader.fullName}` }];
      const missing = w.symbols.filter((s) => !reader.symbols.includes(s));
      if (missing.length === 0 || reader.default !== undefined) return [];
      return [
        { path, message: `enum ${reader.name} lost the symbols ${missing.join(", ")} (and has no default)` },
      ];
    }
    case "array":
      return incompatibilities(reader.items, (writer as typeof reader).items, `${path}[]`);
    case "record": {
      const w = writer as typeof reader;
      if (w.fullName !== reader.fullName)
        return [{ path, message: `the record ${w.fullName} was renamed ${reader.fullName}` }];
      return reader.fields.flatMap((field) => {
        const fieldPath = `${path}.${field.name}`;
        const written = w.fields.find((f) => f.name === field.name);
        if (written !== undefined) return incompatibilities(field.type, written.type, fieldPath);
        if (field.hasDefault) return [];
        return [{ path: fieldPath, message: `field ${field.name} was added without a default` }];
      });
    }
  }
}

/** avsc's own verdict, as a second opinion: the reason it refuses, or undefined if it resolves. */
export function avscRefusal(reader: Type, writer: Type): string | undefined {
  try {
    reader.createResolver(writer);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Parses a schema with avsc, as the codec does. */
export function avscType(schema: unknown): Type {
  return avro.Type.forSchema(schema as never);
}

function describe(node: SchemaNode): string {
  switch (node.kind) {
    case "primitive":
      return node.logical === undefined ? node.type : `${node.type} (${node.logical})`;
    case "enum":
    case "record":
      return `${node.kind} ${node.name}`;
    default:
      return node.kind;
  }
}
