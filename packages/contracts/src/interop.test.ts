import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decodeEvent, encodeEvent, eventSchema, eventTypes, parsingCanonicalForm } from "@bz/contracts";
import { sampleEvent } from "@bz/contracts/testing";
import { afterAll, describe, expect, it } from "vitest";
import { readCatalogueSource } from "./catalogue-source.ts";

// Interop with an independent Avro implementation: Apache Avro for Python (Debian's python3-avro,
// installed by scripts/setup.sh). It sees only the .avsc files, as a partner's system would.
// /usr/bin/python3 on purpose: a pyenv python on PATH does not have the Debian package.
const contracts = join(import.meta.dirname, "..", "..", "..", "contracts");
const script = join(import.meta.dirname, "..", "interop", "avro_interop.py");
const golden = join(import.meta.dirname, "..", "fixtures", "python-avro-vectors");
const work = mkdtempSync(join(tmpdir(), "bz-interop-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function python(...args: string[]): string {
  return execFileSync("/usr/bin/python3", [script, ...args], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
}

/** Decodes every vector in `dir` and compares it with the datum python says it wrote. */
function expectVectorsDecode(dir: string): number {
  const files = readdirSync(dir).filter((f) => f.endsWith(".bin"));
  for (const file of files) {
    const written = JSON.parse(readFileSync(join(dir, file.replace(/\.bin$/, ".json")), "utf8"));
    // The expectation is python's datum upgraded to the latest version (defaults, schemaVersion);
    // zod alone, because a cross-field rule binds only versions from the one that introduced it.
    expect(decodeEvent(readFileSync(join(dir, file))), file).toEqual(
      eventSchema(written.eventType).parse(written),
    );
  }
  return files.length;
}

describe("interop with Apache Avro for Python", () => {
  const versions = readCatalogueSource(contracts).events.length;

  it("decodes the checked-in golden vectors python-avro wrote, v1 ContactDelivered resolved to v3, v2 ConsentGranted to v3", () => {
    expect(expectVectorsDecode(golden)).toBe(versions);
    const v1 = decodeEvent(readFileSync(join(golden, "ContactDelivered-v1.bin")));
    expect(v1).toMatchObject({ schemaVersion: 3, groupSize: null, ageBand: null });
    const consentV2 = decodeEvent(readFileSync(join(golden, "ConsentGranted-v2.bin")));
    expect(consentV2).toMatchObject({ schemaVersion: 3, recipientRoles: null });
    const consentV3 = decodeEvent(readFileSync(join(golden, "ConsentGranted-v3.bin")));
    expect(consentV3).toMatchObject({ recipientRoles: ["PSYCHIATRIST", "PRACTICE_NURSE_MENTAL_HEALTH"] });
  });

  it("decodes vectors python-avro writes now from the current .avsc files", () => {
    const dir = join(work, "from-python");
    python("write", contracts, dir);
    expect(expectVectorsDecode(dir)).toBe(versions);
  });

  it("writes events python-avro decodes to the same values", () => {
    const dir = join(work, "from-us");
    mkdirSync(dir);
    const expected: Record<string, unknown> = {};
    for (const eventType of eventTypes) {
      for (const seed of [1, 2, 3]) {
        const event = sampleEvent(eventType, {}, seed);
        const file = `${eventType}-${seed}.bin`;
        writeFileSync(join(dir, file), encodeEvent(event));
        expected[file] = event;
      }
    }
    const decoded = JSON.parse(python("read", contracts, dir)) as Record<string, unknown>;
    expect(Object.keys(decoded).length).toBe(eventTypes.length * 3);
    expect(decoded).toEqual(expected);
  });

  // python-avro 1.11 keeps {"type":"string"} for a primitive with any extra attribute (logicalType,
  // bz.*), where the specification says "string"; compared with those attributes removed.
  it("computes the same Parsing Canonical Form as python-avro", () => {
    const theirs = JSON.parse(python("pcf", contracts)) as Record<string, string>;
    const ours = Object.fromEntries(
      readCatalogueSource(contracts).events.map((e) => [
        `${e.eventType} v${e.version}`,
        parsingCanonicalForm(e.schema),
      ]),
    );
    expect(Object.keys(theirs).length).toBe(versions);
    expect(theirs).toEqual(ours);
  });
});
