// Issue 12's "done when": on the simulated four wards (the default scenario, 2016 to a fixed
// moment in 2026, about 300,000 events) the analyst API answers every indicator for every quarter
// and year since 2016, each cell a figure or a marked suppression, never an error or a gap. The
// history goes straight into the ward projection on PostgreSQL (the first start's path through
// Kafka and the recorder is tested in services/platform; here the figures are the point).
import { randomBytes } from "node:crypto";
import { createSigningKey, createTokenVerifier } from "@bz/auth";
import type { RecordedEvent } from "@bz/event-store";
import { createSqlEventStore } from "@bz/event-store";
import { createLogger } from "@bz/observability";
import { createPseudonymizer } from "@bz/privacy";
import { applyBatch, migrateCheckpoints } from "@bz/projections";
import { apiKeyAnalystAuthorizer, buildQueryApi, hashAnalystKey } from "@bz/query-api";
import { loadScenario, seededRandom, simulateHistoryInSteps } from "@bz/simulation";
import { createPostgresClient } from "@bz/sql";
import { useTestDatabase } from "@bz/testkit";
import { latestDefinitions, loadCatalogue, wardProjection } from "@bz/ward-views";
import { describe, expect, it } from "vitest";

const db = useTestDatabase();
const end = Date.UTC(2026, 8, 30, 23, 59);
const wards = ["WYCKERPOORT", "WITTEVROUWENVELD", "NAZARETH", "LIMMEL", "DISTRICT"];
const periods = Array.from({ length: 2026 - 2016 + 1 }, (_, i) => 2016 + i).flatMap((y) => [
  `${y}-Q1`,
  `${y}-Q2`,
  `${y}-Q3`,
  `${y}-Q4`,
  String(y),
]);

interface Figure {
  ward: string;
  period: string;
  value: number | null;
  status: string;
  reason: string | null;
}

describe("the analyst API on the simulated four wards", () => {
  it("answers every indicator for every ward, quarter and year since 2016: a figure or a marked suppression", async () => {
    const local = createPseudonymizer({ id: "sim", secret: randomBytes(32) });
    const scenario = loadScenario();
    const history = await simulateHistoryInSteps(
      {
        scenario,
        random: seededRandom(scenario.seed),
        from: Date.UTC(2016, 0, 1),
        to: end,
        identity: {
          pseudonymize: (bsn) => local.pseudonymize(bsn),
          pseudonymizeHousehold: (key) => local.pseudonymizeHousehold(key),
        },
      },
      () => new Promise<void>((resolve) => setImmediate(resolve)),
    );
    expect(history.events.length).toBeGreaterThan(100_000);
    const sql = createPostgresClient({ connectionString: db.url });
    try {
      await migrateCheckpoints(sql);
      await wardProjection.migrate(sql);
      // The recorder would add the ward to the metadata; without it the projection reads the buurt code.
      const recorded = history.events.map(
        (event, i): RecordedEvent => ({
          streamId: `client-${event.subject}`,
          revision: 0,
          globalPosition: BigInt(i + 1),
          eventId: event.eventId,
          type: event.eventType,
          recordedAt: new Date(0),
          metadata: {},
          data: event as unknown as Record<string, unknown>,
        }),
      );
      for (let i = 0; i < recorded.length; i += 5_000) {
        await applyBatch(sql, wardProjection, recorded.slice(i, i + 5_000));
      }
      const key = `bz_${randomBytes(16).toString("hex")}`;
      const api = await buildQueryApi({
        readModels: sql,
        store: await createSqlEventStore(sql),
        auth: createTokenVerifier({
          jwks: (await createSigningKey()).jwks,
          issuer: "unused",
          audience: "unused",
        }),
        logger: createLogger({ service: "test", level: "silent" }),
        analysts: {
          catalogue: loadCatalogue(),
          authorizeAnalyst: apiKeyAnalystAuthorizer(`ana=${hashAnalystKey(key)}`),
        },
      });
      try {
        const problems: string[] = [];
        let published = 0;
        for (const definition of latestDefinitions(loadCatalogue())) {
          const response = await api.inject({
            url: `/v1/indicators/${definition.id}?from=2016-01-01`,
            headers: { authorization: `Bearer ${key}` },
          });
          expect(response.statusCode, `${definition.id}: ${response.body.slice(0, 300)}`).toBe(200);
          const figures = response.json().figures as Figure[];
          const cells = new Map(figures.map((f) => [`${f.ward}|${f.period}`, f]));
          for (const ward of wards) {
            for (const period of periods) {
              const f = cells.get(`${ward}|${period}`);
              const where = `${definition.id} ${ward} ${period}`;
              if (f === undefined) problems.push(`${where}: missing`);
              else if (f.status === "PUBLISHED") {
                if (typeof f.value !== "number" || !Number.isFinite(f.value))
                  problems.push(`${where}: ${f.value}`);
                else published++;
              } else if (f.status === "SUPPRESSED") {
                if (f.value !== null || f.reason === null) problems.push(`${where}: unmarked suppression`);
              } else if (f.status !== "NO_DATA" || definition.aggregate !== "mean" || f.value !== null) {
                problems.push(`${where}: ${f.status} ${f.value}`);
              }
            }
          }
        }
        expect(problems.slice(0, 20)).toEqual([]);
        // Not all hidden: the four wards' history gives real figures in most cells.
        expect(published).toBeGreaterThan(
          latestDefinitions(loadCatalogue()).length * wards.length * periods.length * 0.3,
        );
      } finally {
        await api.close();
      }
    } finally {
      await sql.close();
    }
  }, 600_000);
});
