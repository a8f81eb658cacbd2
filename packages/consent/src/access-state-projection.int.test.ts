import {
  consentProjection,
  consentStateOf,
  readProjectedConsent,
  relationshipsOf,
  type StoredEvent,
} from "@bz/consent";
import type { RecordedEvent } from "@bz/event-store";
import { applyBatch, migrateCheckpoints, readCheckpoint, resetProjection } from "@bz/projections";
import { createPgliteClient, createPostgresClient, type SqlClient } from "@bz/sql";
import { useTestDatabase } from "@bz/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { episodeEnded, episodeStarted, granted, objected, revoked } from "./domain/history.testing.ts";

const db = useTestDatabase();

const history: StoredEvent[] = [
  episodeEnded("ENVIDA", "ep-0", "2026-01-01T00:00:00Z"), // an end before its start: never current
  episodeStarted("ENVIDA", "ep-0", "2026-01-02T00:00:00Z"),
  episodeStarted("ENVIDA", "ep-1", "2026-01-10T00:00:00Z"),
  granted("c-1", "2026-02-01T00:00:00Z", { recipients: ["ENVIDA"], categories: ["SOCIAL_SUPPORT"] }),
  { type: "ContactDelivered", data: { publisher: "TRAJEKT", occurredAt: "2026-02-02T00:00:00Z" } },
  revoked("c-1", "2026-03-01T00:00:00Z"),
  objected("o-1", "2026-03-02T00:00:00Z"),
];

const recorded = (subject: string, from: number): RecordedEvent[] =>
  history.map((event, i) => ({
    streamId: `client-${subject}`,
    revision: i,
    globalPosition: BigInt(from + i),
    eventId: `00000000-0000-4000-8000-${String(from + i).padStart(12, "0")}`,
    type: event.type,
    recordedAt: new Date(),
    metadata: {},
    data: { ...event.data, subject },
  }));

for (const dialect of ["postgres", "pglite"] as const) {
  describe(`consent projection on ${dialect}`, () => {
    let sql: SqlClient;
    beforeAll(async () => {
      sql =
        dialect === "postgres"
          ? createPostgresClient({ connectionString: db.url })
          : await createPgliteClient();
      await migrateCheckpoints(sql);
      await consentProjection.migrate(sql);
    });
    afterAll(async () => {
      await sql.close();
    });

    it("holds what the pure fold gives, applies a redelivered batch once, and moves its checkpoint with it", async () => {
      await resetProjection(sql, consentProjection);
      const a = recorded("k1:a", 1);
      const b = recorded("k1:b", 100);
      expect(await applyBatch(sql, consentProjection, a.slice(0, 4))).toBe(4);
      expect(await applyBatch(sql, consentProjection, [...a, ...b])).toBe(a.length - 4 + b.length);
      expect(await applyBatch(sql, consentProjection, [...a, ...b])).toBe(0);
      expect(await readCheckpoint(sql, consentProjection.name)).toBe(BigInt(100 + b.length - 1));
      for (const subject of ["k1:a", "k1:b"]) {
        const projected = await readProjectedConsent(sql, subject);
        expect(projected?.consent).toEqual(consentStateOf(history));
        expect(projected?.relationships).toEqual(relationshipsOf(history));
      }
      expect(await readProjectedConsent(sql, "k1:nobody")).toBeUndefined();
    });
  });
}
