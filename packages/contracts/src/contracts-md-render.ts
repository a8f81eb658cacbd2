import { parsingCanonicalForm } from "./canonical-form.ts";
import type { CatalogueSource, EventSchemaSource } from "./catalogue-source.ts";
import { fingerprint64, fingerprintHex } from "./crc64.ts";
import { type FieldNode, parseSchemaTree, type SchemaNode } from "./schema-tree.ts";
import { forbiddenCharacterRule } from "./text-rules.ts";

/**
 * docs/contracts.md: the catalogue for people. One table per event type (its own fields after
 * the shared envelope), who publishes it, its data category, versions and fingerprints.
 */

/** The text of docs/contracts.md. */
export function renderContractsMarkdown(source: CatalogueSource): string {
  const latest = new Map<string, EventSchemaSource>();
  for (const event of source.events) latest.set(event.eventType, event);
  const envelopeFile = source.shared.find((s) => s.schema.name === "Envelope");
  const envelope =
    envelopeFile === undefined ? undefined : parseSchemaTree(envelopeFile.schema, envelopeFile.file);
  const envelopeNames = new Set(envelope?.kind === "record" ? envelope.fields.map((f) => f.name) : []);
  const enums = new Map<string, SchemaNode>();
  const sensitive = (source.shared.find((s) => s.schema.name === "DataCategory")?.schema["bz.sensitive"] ??
    []) as string[];
  const out: string[] = [
    "<!-- Generated from contracts/ by packages/contracts/scripts/docs.ts. Do not edit. -->",
    "# Care event contracts",
    "",
    "The Avro schemas in `contracts/` are the single source of truth; this page and `docs/asyncapi.yaml` are generated from them.",
    "Records on Kafka are Avro single-object encoded (`C3 01`, 8-byte little-endian CRC-64-AVRO fingerprint of the writer schema's",
    "Parsing Canonical Form, Avro binary body). Each partner publishes to `care.<partner>.v1`; rejected records go to `care.<partner>.v1.dlq`",
    "with the reason in headers. **personal** marks fields holding personal detail (`bz.personal`), made unreadable on erasure.",
    "In JSON (the HTTPS gateway, `@bz/contracts` values) a `timestamp-millis` is an ISO-8601 string such as `2025-03-01T09:30:00.000Z`",
    "and a `date` is `YYYY-MM-DD`.",
    `Sensitive data categories, shared only under a consent that names them: ${sensitive.map((c) => `\`${c}\``).join(", ")}.`,
    "",
    "## Rules beyond Avro",
    "",
    "Every event must also keep these rules; the recorder dead-letters an event that breaks one, the gateway refuses it.",
    "",
    `- **Text:** ${forbiddenCharacterRule} (\`CONTRACT_FORBIDDEN_CHARACTER\`, naming the field). No store can keep such characters (PostgreSQL's jsonb refuses U+0000).`,
    "- **Identifiers:** `subject` and `household` are pseudonyms `<keyId>:<43 base64url characters>` (HMAC-SHA-256 of the BSN under a platform key, as the partner SDK and the gateway make them), with a key id the platform holds (`INGEST_NOT_PSEUDONYMISED`, `PRIVACY_UNKNOWN_KEY`).",
    "- **No BSN in clear:** no string holds a nine-digit number passing the elfproef, also not grouped as `1234 56 782` (`INGEST_CLEAR_IDENTIFIER`). Its dead letter keeps only the reason, the offsets and a SHA-256 of the record.",
    "- **Kafka key:** a record's key is its event's `subject` (`INGEST_KEY_MISMATCH`), so a client's events stay in one partition, in order.",
    "",
    "## Partners",
    "",
    "| partner | enum symbol | topic | publishes |",
    "|---|---|---|---|",
    ...source.partners.map(
      (p) => `| ${p.name} | \`${p.partner}\` | \`care.${p.slug}.v1\` | ${p.publishes.join(", ")} |`,
    ),
    "",
  ];
  if (envelope?.kind === "record") {
    out.push(
      "## Envelope",
      "",
      "Every event starts with these fields (`contracts/shared/envelope.avsc`).",
      "",
    );
    out.push(...fieldTable(envelope.fields, enums), "");
  }
  for (const [eventType, event] of latest) {
    const tree = parseSchemaTree(event.schema, event.file);
    if (tree.kind !== "record") continue;
    const category = String(event.schema["bz.dataCategory"]);
    const publishers = source.partners.filter((p) => p.publishes.includes(eventType)).map((p) => p.name);
    const versions = source.events
      .filter((e) => e.eventType === eventType)
      .map((e) => `v${e.version} \`${fingerprintHex(fingerprint64(parsingCanonicalForm(e.schema)))}\``);
    out.push(
      `## ${eventType}`,
      "",
      cell(tree.doc),
      "",
      `- Data category: ${category === "per-event" ? "per event, in its `dataCategory` field" : `\`${category}\`${sensitive.includes(category) ? " (sensitive)" : ""}`}`,
      `- Published by: ${publishers.length > 0 ? publishers.join(", ") : "nobody yet"}`,
      `- Versions (fingerprint): ${versions.join(", ")}; schema \`contracts/${event.file}\``,
      ...Object.entries((event.schema["bz.rules"] ?? {}) as Record<string, string>).map(
        ([id, text]) => `- Rule \`${id}\` (checked by the codec): ${cell(text)}`,
      ),
      "",
      ...fieldTable(
        tree.fields.filter((f) => !envelopeNames.has(f.name)),
        enums,
        "| _envelope_ | | the envelope fields above |",
      ),
      "",
    );
  }
  out.push("## Enumerations", "");
  for (const node of enums.values()) {
    if (node.kind !== "enum") continue;
    out.push(`### ${node.name}`, "", cell(node.doc), "", node.symbols.map((s) => `\`${s}\``).join(", "), "");
  }
  return `${out.join("\n").trimEnd()}\n`;
}

function fieldTable(fields: FieldNode[], enums: Map<string, SchemaNode>, firstRow?: string): string[] {
  const rows = fields.map((f) => {
    const notes = [
      f.hasDefault ? `optional, default \`${JSON.stringify(f.default)}\`` : "",
      f.personal ? "**personal**" : "",
    ];
    const extra = notes.filter((n) => n !== "").join("; ");
    return `| \`${f.name}\` | ${typeText(f.type, enums)} | ${cell(f.doc)}${extra === "" ? "" : ` (${extra})`} |`;
  });
  return ["| field | type | doc |", "|---|---|---|", ...(firstRow === undefined ? [] : [firstRow]), ...rows];
}

function typeText(node: SchemaNode, enums: Map<string, SchemaNode>): string {
  switch (node.kind) {
    case "primitive": {
      const c = node.constraints;
      const limits = [
        c.pattern === undefined ? "" : `pattern \`${c.pattern}\``,
        c.minLength === undefined && c.maxLength === undefined
          ? ""
          : `length ${c.minLength ?? 0}–${c.maxLength ?? "∞"}`,
        c.min === undefined && c.max === undefined ? "" : `${c.min ?? "−∞"}–${c.max ?? "∞"}`,
      ].filter((l) => l !== "");
      const base = node.logical === undefined ? node.type : `${node.type} (${node.logical})`;
      return limits.length === 0 ? base : `${base}, ${limits.join(", ")}`;
    }
    case "enum":
      enums.set(node.name, node);
      return `[${node.name}](#${node.name.toLowerCase()})`;
    case "record":
      return `${node.name} { ${node.fields.map((f) => `${f.name}: ${typeText(f.type, enums)}`).join(", ")} }`;
    case "array": {
      const { minItems, maxItems } = node.constraints;
      const limits =
        minItems === undefined && maxItems === undefined ? "" : `, ${minItems ?? 0}–${maxItems ?? "∞"} items`;
      return `array of ${typeText(node.items, enums)}${limits}`;
    }
    case "nullable":
      return `null or ${typeText(node.value, enums)}`;
  }
}

function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}
