import {
  cellKey,
  type Dimension,
  feasibilityInterval,
  type Relation,
  relationsOf,
} from "@bz/disclosure-control";
import { applyBatch, migrateCheckpoints } from "@bz/projections";
import { createPgliteClient, type SqlClient } from "@bz/sql";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DISTRICT,
  loadCatalogue,
  pilotWards,
  publishWardFigures,
  readFigures,
  wardProjection,
} from "./index.ts";
import { storedEvent } from "./testing.ts";

let sql: SqlClient;
beforeAll(async () => {
  sql = await createPgliteClient();
  await migrateCheckpoints(sql);
  await wardProjection.migrate(sql);
});
afterAll(async () => {
  await sql.close();
});

const dims: Dimension[] = [
  { name: "ward", total: DISTRICT, members: pilotWards, kind: "sum" },
  { name: "period", total: "2025", members: ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"], kind: "sum" },
];

describe("published ward figures under attack", () => {
  it("property: for random ward x quarter histories, no suppressed contact count or minute sum can be computed from what is published", async () => {
    let position = 0;
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 10, max: 25 })), {
          minLength: 16,
          maxLength: 16,
        }),
        async (clients) => {
          run++;
          await sql.query("delete from ward_activity");
          const events = clients.flatMap((n, cell) =>
            Array.from({ length: n }, (_, i) =>
              storedEvent({
                position: ++position,
                type: "ContactDelivered",
                subject: `r${run}-c${cell}-${i}`,
                ward: pilotWards[cell % 4] as "WYCKERPOORT",
                occurredAt: `2025-${String(Math.floor(cell / 4) * 3 + 2).padStart(2, "0")}-10T10:00:00Z`,
                fields: { minutes: 5 + ((cell + i) % 7) },
              }),
            ),
          );
          if (events.length > 0) await applyBatch(sql, wardProjection, events);
          const catalogue = loadCatalogue().filter((d) => ["contacts", "contact-minutes"].includes(d.id));
          await publishWardFigures(sql, catalogue, { k: 10 });
          for (const indicator of ["contacts", "contact-minutes"]) {
            const figures = await readFigures(sql, { indicator, from: "2025-01-01", to: "2025-12-31" });
            expect(figures).toHaveLength(25);
            const values = new Map<string, number>();
            const hidden = new Set<string>();
            for (const f of figures) {
              const key = cellKey([f.ward, f.period]);
              if (f.status === "SUPPRESSED") hidden.add(key);
              else values.set(key, f.value ?? 0);
            }
            // The attacker knows the published figures; a published grand total bounds every cell.
            const upperBound = values.get(cellKey([DISTRICT, "2025"])) ?? 1_000_000;
            for (const cell of hidden) {
              const { min, max } = feasibilityInterval(
                { relations: relationsOf({ dimensions: dims, values }), values, hidden, upperBound },
                cell,
              );
              expect(max - min, `${indicator} ${cell} is pinned to ${min}`).toBeGreaterThan(0.5);
            }
            // Every cell of fewer than 10 clients is hidden.
            clients.forEach((n, cell) => {
              const key = cellKey([pilotWards[cell % 4] as string, `2025-Q${Math.floor(cell / 4) + 1}`]);
              if (n > 0 && n < 10) expect(hidden.has(key), `${indicator} ${key} (${n} clients)`).toBe(true);
            });
          }
        },
      ),
      { seed: 1213, numRuns: 8 },
    );
  });

  it("property: for random histories, no suppressed contact count per ward, quarter, partner or age band can be computed from everything published for contacts", async () => {
    let position = 1_000_000;
    let run = 0;
    const partners = ["ENVIDA", "RADAR", "TRAJEKT"];
    const bands = ["AGE_18_26", "AGE_27_64"];
    let shownBreakdowns = 0;
    let hiddenBreakdowns = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 10, max: 30 })), {
          minLength: 16,
          maxLength: 16,
        }),
        async (clients) => {
          run++;
          await sql.query("delete from ward_activity");
          const events = clients.flatMap((n, cell) =>
            Array.from({ length: n }, (_, i) =>
              storedEvent({
                position: ++position,
                type: "ContactDelivered",
                subject: `b${run}-c${cell}-${i}`,
                ward: pilotWards[cell % 4] as "WYCKERPOORT",
                publisher: partners[(cell * 7 + i) % 3] as string,
                occurredAt: `2025-${String(Math.floor(cell / 4) * 3 + 2).padStart(2, "0")}-10T10:00:00Z`,
                fields: { minutes: 10, ageBand: bands[(cell + i) % 2] },
              }),
            ),
          );
          if (events.length > 0) await applyBatch(sql, wardProjection, events);
          const ids = ["contacts", "contacts-by-partner", "contacts-by-age-band"];
          await publishWardFigures(
            sql,
            loadCatalogue().filter((d) => ids.includes(d.id)),
            { k: 10 },
          );
          // The attacker's model: one cell per published figure; the totals are the ALL of both breakdowns.
          const values = new Map<string, number>();
          const hidden = new Set<string>();
          const members = new Map<string, Set<string>>();
          for (const indicator of ids) {
            for (const f of await readFigures(sql, { indicator })) {
              const key = cellKey([
                f.ward,
                f.period,
                f.breakdownValue === null ? "ALL" : `${f.breakdown}:${f.breakdownValue}`,
              ]);
              if (f.status === "SUPPRESSED") hidden.add(key);
              else values.set(key, f.value ?? 0);
              if (f.breakdown !== null && f.status === "PUBLISHED" && (f.value ?? 0) > 0) shownBreakdowns++;
              if (f.breakdown !== null && f.reason === "COMPLEMENTARY") hiddenBreakdowns++;
              if (f.breakdown !== null) {
                members.set(
                  f.breakdown,
                  (members.get(f.breakdown) ?? new Set()).add(`${f.breakdown}:${f.breakdownValue}`),
                );
              }
            }
          }
          const relations: Relation[] = [];
          for (const [, m] of members) {
            const grid = {
              dimensions: [
                ...dims,
                { name: "value", total: "ALL", members: [...m].sort(), kind: "sum" as const },
              ],
              values,
            };
            relations.push(...relationsOf(grid));
          }
          const upperBound = values.get(cellKey([DISTRICT, "2025", "ALL"])) ?? 1_000_000;
          for (const cell of hidden) {
            const { min, max } = feasibilityInterval({ relations, values, hidden, upperBound }, cell);
            // A cell pinned to 0 is a 0 (the attacker's model holds for the true table): zeros are not protected.
            expect(max - min > 0.5 || max < 0.5, `${cell} is pinned to ${min}`).toBe(true);
          }
          // Every partner or band with 1 to 9 clients in a ward and quarter is hidden.
          clients.forEach((n, cell) => {
            const ward = pilotWards[cell % 4] as string;
            const period = `2025-Q${Math.floor(cell / 4) + 1}`;
            const perPartner = new Map<string, number>();
            const perBand = new Map<string, number>();
            for (let i = 0; i < n; i++) {
              const p = `partner:${partners[(cell * 7 + i) % 3]}`;
              const b = `ageBand:${bands[(cell + i) % 2]}`;
              perPartner.set(p, (perPartner.get(p) ?? 0) + 1);
              perBand.set(b, (perBand.get(b) ?? 0) + 1);
            }
            for (const [value, count] of [...perPartner, ...perBand]) {
              const key = cellKey([ward, period, value]);
              if (count < 10) expect(hidden.has(key), `${key} (${count} clients)`).toBe(true);
            }
          });
        },
      ),
      { seed: 1214, numRuns: 6 },
    );
    // The property was tested on breakdowns actually published around complementary cells.
    expect(shownBreakdowns).toBeGreaterThan(0);
    expect(hiddenBreakdowns).toBeGreaterThan(0);
  });
});
