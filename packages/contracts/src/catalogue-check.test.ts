import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCatalogue, type FingerprintLock } from "./catalogue-check.ts";
import { type CatalogueSource, readCatalogueSource } from "./catalogue-source.ts";

const root = join(import.meta.dirname, "..", "..", "..");
const contracts = join(root, "contracts");
const broken = join(import.meta.dirname, "..", "fixtures", "broken-catalogue");
const lock = JSON.parse(readFileSync(join(contracts, "fingerprints.json"), "utf8")) as FingerprintLock;
const cli = join(import.meta.dirname, "cli.ts");

/** The real catalogue with one schema changed by `edit`. */
function edited(
  eventType: string,
  version: number,
  edit: (schema: Record<string, unknown>) => void,
): CatalogueSource {
  const source = structuredClone(readCatalogueSource(contracts));
  const event = source.events.find((e) => e.eventType === eventType && e.version === version);
  if (event === undefined) throw new Error(`${eventType} v${version} not found`);
  edit(event.schema);
  return source;
}

function field(schema: Record<string, unknown>, name: string): Record<string, unknown> {
  const found = (schema.fields as Record<string, unknown>[]).find((f) => f.name === name);
  if (found === undefined) throw new Error(`no field ${name}`);
  return found;
}

describe("checkCatalogue", () => {
  it("passes on the catalogue: every version reads every earlier one, fingerprints unchanged", () => {
    expect(checkCatalogue(readCatalogueSource(contracts), lock)).toEqual([]);
  });

  it("ships at least one real second version", () => {
    const versions = readCatalogueSource(contracts).events.filter((e) => e.version > 1);
    expect(versions.map((e) => `${e.eventType} v${e.version}`)).toContain("ContactDelivered v2");
  });

  it("fails on the deliberately broken fixture, naming the schema and each breaking field", () => {
    const problems = checkCatalogue(readCatalogueSource(broken));
    expect(problems.map((p) => p.code)).toEqual(Array(3).fill("CONTRACT_INCOMPATIBLE"));
    const text = problems.map((p) => `${p.file}: ${p.message}`).join("\n");
    expect(text).toContain(
      "events/thing-happened/v2.avsc: ThingHappened v2 cannot read data written with v1",
    );
    expect(text).toMatch(/\$\.weight, field weight was added without a default/);
    expect(text).toMatch(/\$\.count, the type changed from long to int/);
    expect(text).toMatch(/\$\.colour, enum Colour lost the symbols GREEN/);
  });

  it("fails when a new version drops the default of an added field", () => {
    const source = edited("ContactDelivered", 2, (schema) => {
      const groupSize = field(schema, "groupSize");
      delete groupSize.default;
    });
    expect(checkCatalogue(source, lock).map((p) => p.message)).toEqual([
      expect.stringMatching(/ContactDelivered v2 cannot read data written with v1: at \$\.groupSize/),
    ]);
  });

  it("fails when a published version's canonical form changes, but not for a doc change", () => {
    const changed = edited("ContactDelivered", 1, (schema) => {
      field(schema, "minutes").type = "long";
    });
    expect(checkCatalogue(changed, lock).map((p) => p.message)).toContainEqual(
      expect.stringMatching(/^ContactDelivered v1 was published with fingerprint [0-9a-f]{16} but now has/),
    );
    const docOnly = edited("ContactDelivered", 1, (schema) => {
      field(schema, "minutes").doc = "Minutes spent with the client.";
    });
    expect(checkCatalogue(docOnly, lock)).toEqual([]);
  });

  it("lets an older version keep the envelope it was published with", () => {
    const v1 = readCatalogueSource(contracts).events.find((e) => e.file === "events/cost-incurred/v1.avsc");
    const names = ((v1?.schema.fields ?? []) as { name: string }[]).map((f) => f.name);
    expect(names).toContain("financingDomain");
    expect(names).not.toContain("ageBand");
    expect(checkCatalogue(readCatalogueSource(contracts), lock)).toEqual([]);
  });

  it("fails when an event's envelope or a shared enum drifts from contracts/shared", () => {
    const envelope = edited("CostIncurred", 2, (schema) => {
      field(schema, "correlationId").doc = "changed";
    });
    expect(checkCatalogue(envelope, lock)[0]?.message).toMatch(/envelope of shared\/envelope.avsc/);
    const enumDrift = edited("ConsentGranted", 3, (schema) => {
      const items = (field(schema, "dataCategories").type as { items: { symbols: string[] } }).items;
      items.symbols = [...items.symbols, "GENETICS"];
    });
    const messages = checkCatalogue(enumDrift).map((p) => p.message);
    expect(messages).toContainEqual(expect.stringMatching(/^DataCategory differs from its definition/));
  });

  it("fails when a partner lists an unknown type or an event has no data category", () => {
    const source = structuredClone(readCatalogueSource(contracts));
    source.partners[0]?.publishes.push("ContactDeliverd");
    const event = source.events[0];
    if (event !== undefined) delete event.schema["bz.dataCategory"];
    const messages = checkCatalogue(source, lock).map((p) => p.message);
    expect(messages).toContainEqual(expect.stringMatching(/lists ContactDeliverd/));
    expect(messages).toContainEqual(expect.stringMatching(/"bz.dataCategory" must be/));
  });
});

describe("contracts check CLI", () => {
  it("exits 0 on the catalogue", () => {
    const run = spawnSync(process.execPath, [cli, "check", contracts], { encoding: "utf8" });
    expect(run.stdout).toMatch(/21 schema versions|schema versions .* are compatible/);
    expect(run.status).toBe(0);
  });

  it("exits non-zero on the broken fixture with a message naming the schema and the field", () => {
    const run = spawnSync(process.execPath, [cli, "check", broken], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /events\/thing-happened\/v2\.avsc: ThingHappened v2 .* field weight was added without a default/,
    );
  });

  it("exits 2 with usage on an unknown command", () => {
    expect(spawnSync(process.execPath, [cli, "chek"], { encoding: "utf8" }).status).toBe(2);
  });
});
