import { readFileSync } from "node:fs";
import { join } from "node:path";
import { AvroSchemaParser } from "@asyncapi/avro-schema-parser";
import { Parser } from "@asyncapi/parser";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { renderAsyncApi } from "./asyncapi-render.ts";
import { readCatalogueSource } from "./catalogue-source.ts";
import { renderContractsMarkdown } from "./contracts-md-render.ts";

// docs/contracts.md and docs/asyncapi.yaml are generated from contracts/ and must not go stale.
// Fix: node packages/contracts/scripts/docs.ts
const root = join(import.meta.dirname, "..", "..", "..");
const source = readCatalogueSource(join(root, "contracts"));
const asyncapiText = readFileSync(join(root, "docs", "asyncapi.yaml"), "utf8");
const stale = "is stale: run node packages/contracts/scripts/docs.ts";

/**
 * Problems in the document: the AsyncAPI parser's errors, plus the Avro schema parser's verdict on
 * every message payload. Parser 3.6 runs custom schema validation only for AsyncAPI 2 documents
 * (it still converts Avro payloads for 3.0), so the Avro plugin's validate is called here directly.
 */
async function problemsIn(text: string): Promise<string[]> {
  const parser = new Parser();
  const avro = AvroSchemaParser();
  parser.registerSchemaParser(avro);
  const { diagnostics } = await parser.parse(text);
  const problems = diagnostics
    .filter((d) => d.severity === 0)
    .map((d) => `${d.path.join(".")}: ${d.message}`);
  const messages = (
    parseYaml(text) as { components: { messages: Record<string, { payload: { schema?: unknown } }> } }
  ).components.messages;
  for (const [id, message] of Object.entries(messages)) {
    if (message.payload.schema === undefined) continue;
    const input = { data: message.payload.schema, meta: {}, path: [id], schemaFormat: "", asyncapi: {} };
    for (const problem of (await avro.validate(input as never)) ?? [])
      problems.push(`${id}: ${problem.message}`);
  }
  return problems;
}

describe("docs/contracts.md", () => {
  const markdown = readFileSync(join(root, "docs", "contracts.md"), "utf8");

  it("matches the catalogue", () => {
    expect(markdown === renderContractsMarkdown(source), `docs/contracts.md ${stale}`).toBe(true);
  });

  it("has a table per event type naming fields, docs and publishers", () => {
    for (const eventType of new Set(source.events.map((e) => e.eventType))) {
      const section = markdown.split(`\n## ${eventType}\n`)[1]?.split("\n## ")[0] ?? "";
      expect(section, eventType).toMatch(/\| field +\| type +\| doc +\|/);
      expect(section, eventType).toMatch(/- Published by: /);
    }
    expect(markdown).toMatch(/\| `explanation` +\| string, length 1–2000 +\| .*\*\*personal\*\*/);
  });
});

describe("docs/asyncapi.yaml", () => {
  it("matches the catalogue", () => {
    expect(asyncapiText === renderAsyncApi(source), `docs/asyncapi.yaml ${stale}`).toBe(true);
  });

  it("is a valid AsyncAPI 3.0 document with Avro payloads, per the AsyncAPI parser", async () => {
    expect(await problemsIn(asyncapiText)).toEqual([]);
    const parser = new Parser();
    parser.registerSchemaParser(AvroSchemaParser());
    const { document } = await parser.parse(asyncapiText);
    if (document === undefined) throw new Error("no document");
    expect(document.version()).toBe("3.0.0");
    const addresses = document
      .channels()
      .all()
      .map((c) => c.address());
    for (const partner of source.partners) {
      expect(addresses).toContain(`care.${partner.slug}.v1`);
      expect(addresses).toContain(`care.${partner.slug}.v1.dlq`);
    }
    expect(document.components().messages().all().length).toBe(source.events.length + 1);
    const deadLetter = document
      .components()
      .messages()
      .all()
      .find((m) => m.id() === "DeadLetter");
    expect(Object.keys(deadLetter?.headers()?.properties() ?? {}).sort()).toEqual([
      "bz-error",
      "bz-failed-at",
      "bz-original-length",
      "bz-original-offset",
      "bz-original-partition",
      "bz-original-sha256",
      "bz-original-topic",
      "bz-reason-code",
      "bz-value-withheld",
    ]);
  }, 60_000);

  it("would fail on a broken Avro payload or a broken document (the check is real)", async () => {
    const brokenAvro = asyncapiText.replace("type: int\n", "type: integer\n");
    expect(brokenAvro).not.toBe(asyncapiText);
    expect(await problemsIn(brokenAvro)).toEqual([expect.stringMatching(/^CareEpisodeEnded-v1: .*integer/)]);
    const brokenDocument = asyncapiText.replace("action: receive", "action: consume");
    expect((await problemsIn(brokenDocument)).length).toBeGreaterThan(0);
  }, 60_000);
});
