import { decodeEvent, eventTypes, parseEvent } from "@bz/contracts";
import { arbitraryEvent } from "@bz/contracts/testing";
import { BzError, isBzError } from "@bz/errors";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fingerprintBytes } from "./crc64.ts";
import { catalogueData } from "./generated/catalogue-data.ts";
import { buildRegistry } from "./registry.ts";
import type { SchemaNode } from "./schema-tree.ts";
import { fromWire, toWire } from "./wire-value.ts";

// The decode path checks decoded values with a reader compiled from the schema tree instead of
// zod (decoded-reader.ts). Here both judge the same bytes: valid events with one value swapped for
// one that Avro can hold but the catalogue may refuse (a control character, a lone surrogate, a
// string too long or off its pattern, an upper-case uuid, a year outside 1000-9999, a number past
// its bound, NaN). The codec and zod (what JSON input gets) must give the same verdict, the same
// error code and, when they accept, the same event.

const registry = buildRegistry(catalogueData);

interface Leaf {
  path: (string | number)[];
  node: SchemaNode;
}

/** Every place in a wire value where a primitive sits, with its schema node. */
function leaves(node: SchemaNode, wire: unknown, path: (string | number)[] = []): Leaf[] {
  switch (node.kind) {
    case "primitive":
      return [{ path, node }];
    case "enum":
      return [];
    case "nullable":
      return wire === null ? [] : leaves(node.value, wire, path);
    case "array":
      return (wire as unknown[]).flatMap((item, i) => leaves(node.items, item, [...path, i]));
    case "record":
      return node.fields
        .filter((field) => field.name !== "eventType" && field.name !== "schemaVersion")
        .flatMap((field) =>
          leaves(field.type, (wire as Record<string, unknown>)[field.name], [...path, field.name]),
        );
  }
}

/** Values of the leaf's Avro type that the catalogue's own rules may or may not allow. */
function nastyValues(node: SchemaNode): unknown[] {
  if (node.kind !== "primitive") return [];
  const c = node.constraints;
  if (node.logical === "timestamp-millis") return [Date.UTC(999, 11, 31), Date.UTC(10_000, 0, 1), 0, -1];
  if (node.logical === "date") return [-400_000, 3_000_000, 0];
  switch (node.type) {
    case "string":
      return [
        "",
        "a\u0000b",
        "tab\there",
        "\u001f",
        "\ud800",
        "x\udc00y",
        "\uffff",
        "\ufdd0",
        "\u{1fffe}",
        "😀 smile",
        "\ufffd",
        "0B7E6C52-3C1D-4F7E-9A51-2F0E8D1C4B6A",
        "BU1",
        "x".repeat((c.maxLength ?? 300) + 1),
        "x".repeat(c.maxLength ?? 5),
      ];
    case "int":
      return [0, -1, (c.min ?? 0) - 1, (c.max ?? 10) + 1, c.max ?? 7, 2_147_483_647];
    case "long":
      return [0, -1, (c.min ?? 0) - 1, (c.max ?? 10) + 1, Number.MAX_SAFE_INTEGER];
    case "double":
      return [Number.NaN, Number.POSITIVE_INFINITY, -0.5, (c.max ?? 1) + 0.5, c.min ?? 0];
    default:
      return [];
  }
}

function setAt(wire: unknown, path: (string | number)[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (Array.isArray(wire)) return wire.map((item, i) => (i === head ? setAt(item, rest, value) : item));
  const record = wire as Record<string, unknown>;
  return { ...record, [head]: setAt(record[head], rest, value) };
}

type Verdict = { ok: true; value: unknown } | { ok: false; code: string };

function verdict(action: () => unknown): Verdict {
  try {
    return { ok: true, value: action() };
  } catch (error) {
    if (!isBzError(error)) throw error;
    return { ok: false, code: error.code };
  }
}

describe("the decode path's compiled check agrees with zod", () => {
  it.each(eventTypes)("on %s events with one value swapped for one at or past a rule's edge", (eventType) => {
    const schemas = registry.byType.get(eventType);
    if (schemas === undefined) throw new Error(eventType);
    const writer = schemas.latest;
    const cases = arbitraryEvent(eventType).chain((event) => {
      const wire = toWire(writer.tree, event);
      const spots = leaves(writer.tree, wire);
      return fc.record({
        wire: fc.constant(wire),
        spot: fc.constantFrom(...spots),
        pick: fc.nat(),
      });
    });
    let refused = 0;
    fc.assert(
      fc.property(cases, ({ wire, spot, pick }) => {
        const choices = nastyValues(spot.node);
        fc.pre(choices.length > 0);
        const swapped = setAt(wire, spot.path, choices[pick % choices.length]);
        let body: Buffer;
        try {
          body = writer.type.toBuffer(swapped);
        } catch {
          return; // not even Avro can write it: nothing reaches the decoder
        }
        const bytes = Buffer.concat([Buffer.from([0xc3, 0x01]), fingerprintBytes(writer.fingerprint), body]);
        // What the decode path did before the compiled check: the value in its event form, bytes
        // that are not real UTF-8 refused (avsc writes a lone surrogate as such bytes), then zod.
        const expected = verdict(() => {
          const value = fromWire(writer.tree, writer.type.fromBuffer(body));
          const reencoded = writer.type.toBuffer(writer.type.fromBuffer(body));
          if (JSON.stringify(value).includes("\uFFFD") && !reencoded.equals(body)) {
            throw new BzError("CONTRACT_INVALID_VALUE", "not UTF-8");
          }
          return parseEvent(value);
        });
        const actual = verdict(() => decodeEvent(bytes));
        if (!expected.ok) refused += 1;
        expect(actual, `${spot.path.join(".")} = ${JSON.stringify(choices[pick % choices.length])}`).toEqual(
          expected,
        );
      }),
      { numRuns: 150 },
    );
    // The swaps must really reach refusals, or this test proves nothing.
    expect(refused).toBeGreaterThan(0);
  });
});
