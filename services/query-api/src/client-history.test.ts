// The two shortcuts of a timeline read, held to the slow way over random histories: the kept fold
// of a client's stream (topped up with the events after it) against a fold of the whole stream,
// and the publishers a read fetches against the row-by-row decision.
import { randomUUID } from "node:crypto";
import {
  accessStateProjection,
  consentStateOf,
  decideAccess,
  readProjectedAccess,
  relationshipsOf,
} from "@bz/consent";
import { base, categories, day, history, partner, policy } from "@bz/consent/testing";
import { clientStreamOf, partners } from "@bz/contracts";
import { createSqlEventStore } from "@bz/event-store";
import { applyBatch, migrateCheckpoints, readCheckpoint } from "@bz/projections";
import { createPgliteClient } from "@bz/sql";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClientHistoryReader } from "./client-history.ts";
import { visiblePublishers } from "./timeline-routes.ts";

const settings = { relationshipGraceMs: policy.relationshipGraceMs, breakGlassMaxMs: day };
const partnerIds = partners.map((p) => p.id as string);

describe("visiblePublishers", () => {
  it("never leaves out a publisher of which decideAccess allows any event", () => {
    fc.assert(
      fc.property(
        history,
        partner,
        fc.option(fc.constantFrom("DISTRICT_NURSE", "SOCIAL_WORKER"), { nil: null }),
        fc.boolean(),
        fc.integer({ min: 0, max: 260 }),
        (events, organisation, role, glass, days) => {
          const now = base + days * day;
          const viewer = {
            organisation,
            role,
            breakGlass: glass ? { id: "bg-1", until: now + day } : undefined,
          };
          const folded = { consent: consentStateOf(events), relationships: relationshipsOf(events) };
          const fetched = new Set(
            visiblePublishers(viewer, { ...folded, publishers: new Set() }, now, settings),
          );
          for (const publisher of partnerIds) {
            for (const category of [...categories, "SOMETHING_NEW", null]) {
              const decision = decideAccess(
                viewer,
                { publisher, category },
                folded.consent,
                folded.relationships,
                now,
                settings,
              );
              if (decision.allow) expect(fetched.has(publisher), `${publisher} ${category}`).toBe(true);
            }
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe("createClientHistoryReader", () => {
  let sql: Awaited<ReturnType<typeof createPgliteClient>>;
  beforeAll(async () => {
    sql = await createPgliteClient();
  });
  afterAll(async () => {
    await sql.close();
  });

  it("gives the fold of the whole stream, however the stream grew between reads and however far the projection lags", async () => {
    const store = await createSqlEventStore(sql);
    await migrateCheckpoints(sql);
    await accessStateProjection.migrate(sql);
    // A small cache, so some clients are dropped and read again from the projection or the start.
    const read = createClientHistoryReader(store, {
      maxClients: 2,
      base: (subject) => readProjectedAccess(sql, subject),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), history, fc.nat({ max: 12 })), {
          minLength: 1,
          maxLength: 6,
        }),
        async (steps) => {
          const subjects = [randomUUID(), randomUUID(), randomUUID()];
          for (const [which, events, projected] of steps) {
            const subject = subjects[which] ?? "";
            if (events.length > 0) {
              await store.appendToStream(
                clientStreamOf(subject),
                events.map((e) => ({ eventId: randomUUID(), type: e.type, data: { ...e.data, subject } })),
              );
            }
            // The projection moves on by some events (or none): it lags the store by any amount.
            const checkpoint = (await readCheckpoint(sql, accessStateProjection.name)) ?? 0n;
            await applyBatch(
              sql,
              accessStateProjection,
              await store.readAll({ after: checkpoint, maxCount: projected }),
            );
            for (const s of subjects) {
              const whole = await store.readStream(clientStreamOf(s));
              const got = await read(s);
              expect(got.consent).toEqual(consentStateOf(whole));
              expect(got.relationships).toEqual(relationshipsOf(whole));
              expect([...got.publishers].sort()).toEqual(
                [...new Set(whole.map((e) => String(e.data.publisher)))].sort(),
              );
            }
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
