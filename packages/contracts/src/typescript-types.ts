import type { CatalogueSource } from "./catalogue-source.ts";
import { parseSchemaTree, type SchemaNode } from "./schema-tree.ts";

/**
 * Renders the TypeScript types of the latest version of every event type, with the .avsc docs as
 * TSDoc. Used by scripts/generate.ts and by the staleness test, which compares its output with the
 * checked-in src/generated/types.ts.
 */

const HEADER = "// Generated from contracts/*.avsc by packages/contracts/scripts/generate.ts. Do not edit.\n";

/** The text of src/generated/types.ts for this catalogue. */
export function renderTypes(source: CatalogueSource): string {
  const latest = new Map<string, { version: number; tree: SchemaNode }>();
  for (const event of source.events) {
    latest.set(event.eventType, { version: event.version, tree: parseSchemaTree(event.schema, event.file) });
  }
  const named = new Map<string, string>();
  const events: string[] = [];
  for (const [eventType, { version, tree }] of latest) {
    if (tree.kind !== "record") continue;
    const fields = tree.fields.map((field) => {
      let type = typeOf(field.type, named);
      if (field.name === "eventType") type = JSON.stringify(eventType);
      if (field.name === "schemaVersion") type = String(version);
      const optional = field.hasDefault ? "?" : "";
      return `${doc(field.doc, "  ")}  ${field.name}${optional}: ${type};\n`;
    });
    events.push(`${doc(tree.doc, "")}export interface ${eventType} {\n${fields.join("")}}\n`);
  }
  const names = [...latest.keys()];
  return [
    HEADER,
    ...named.values(),
    ...events,
    "/** Any care event in the catalogue, in its latest version. */\n",
    `export type CareEvent =\n${names.map((n) => `  | ${n}`).join("\n")};\n\n`,
    "/** The name of an event type. */\n",
    'export type EventType = CareEvent["eventType"];\n\n',
    "/** Every event type, in catalogue order. */\n",
    `export const eventTypes = [\n${names.map((n) => `  ${JSON.stringify(n)},`).join("\n")}\n] as const;\n`,
  ].join("\n");
}

function typeOf(node: SchemaNode, named: Map<string, string>): string {
  switch (node.kind) {
    case "primitive":
      if (node.logical !== undefined) return "string";
      return node.type === "int" || node.type === "long" || node.type === "double" ? "number" : node.type;
    case "nullable":
      return `${typeOf(node.value, named)} | null`;
    case "array": {
      const item = typeOf(node.items, named);
      return item.includes(" ") ? `(${item})[]` : `${item}[]`;
    }
    case "enum":
      if (!named.has(node.name)) {
        const symbols = node.symbols.map((s) => `  | ${JSON.stringify(s)}`).join("\n");
        named.set(node.name, `${doc(node.doc, "")}export type ${node.name} =\n${symbols};\n`);
      }
      return node.name;
    case "record":
      if (!named.has(node.name)) {
        named.set(node.name, ""); // reserve the slot so nested types come after their user
        const fields = node.fields.map((f) => {
          return `${doc(f.doc, "  ")}  ${f.name}${f.hasDefault ? "?" : ""}: ${typeOf(f.type, named)};\n`;
        });
        named.set(node.name, `${doc(node.doc, "")}export interface ${node.name} {\n${fields.join("")}}\n`);
      }
      return node.name;
  }
}

function doc(text: string, indent: string): string {
  return `${indent}/** ${text.replaceAll("*/", "*\\/")} */\n`;
}
