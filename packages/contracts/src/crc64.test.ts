import { fingerprint64, fingerprintHex, parsingCanonicalForm } from "@bz/contracts";
import { describe, expect, it } from "vitest";

describe("fingerprint64 (CRC-64-AVRO)", () => {
  it('matches the Avro specification\'s test vector for the PCF "null"', () => {
    expect(fingerprint64('"null"')).toBe(7195948357588979594n);
    expect(fingerprintHex(fingerprint64('"null"'))).toBe("63dd24e7cc258f8a");
  });

  it("changes when one byte of the schema changes", () => {
    expect(fingerprint64('"int"')).not.toBe(fingerprint64('"long"'));
  });
});

describe("parsingCanonicalForm", () => {
  it("strips docs, defaults, logical types and custom attributes, and orders keys", () => {
    const schema = {
      doc: "d",
      fields: [
        { type: { logicalType: "uuid", type: "string" }, name: "id", doc: "x", "bz.personal": true },
        { name: "h", type: ["null", "string"], default: null },
        { name: "e", type: { symbols: ["A"], type: "enum", name: "E", namespace: "other" } },
        { name: "again", type: "other.E" },
        { name: "list", type: { type: "array", items: { type: "int" } } },
      ],
      name: "R",
      namespace: "nl.x",
      type: "record",
    };
    expect(parsingCanonicalForm(schema)).toBe(
      '{"name":"nl.x.R","type":"record","fields":[{"name":"id","type":"string"},' +
        '{"name":"h","type":["null","string"]},' +
        '{"name":"e","type":{"name":"other.E","type":"enum","symbols":["A"]}},' +
        '{"name":"again","type":"other.E"},{"name":"list","type":{"type":"array","items":"int"}}]}',
    );
  });
});
