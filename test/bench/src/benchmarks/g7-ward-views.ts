import { createSigningKey, createTokenVerifier } from "@bz/auth";
import { createSqlEventStore } from "@bz/event-store";
import { createLogger } from "@bz/observability";
import { rebuildProjection } from "@bz/projections";
import { apiKeyAnalystAuthorizer, buildQueryApi, hashAnalystKey } from "@bz/query-api";
import { createPostgresClient } from "@bz/sql";
import {
  latestDefinitions,
  loadCatalogue,
  publishWardFigures,
  wardList,
  wardProjection,
} from "@bz/ward-views";
import type { Benchmark } from "../harness/benchmark.ts";
import { startCpuMeter } from "../harness/process-cpu.ts";
import { ensureDataset } from "../pipeline/dataset.ts";
import { loadHttpRemote } from "./b-http.ts";

const key = "bench-analyst-key";

/**
 * G7: the ward views on the G3/G4 data set. The ward projection's catch-up rate (a rebuild from an
 * empty read model), the publication of every figure, then the analyst query (one ward, one
 * indicator, a year) at a fixed rate over HTTP. Kept out of pass/fail like every benchmark.
 */
export const g7WardViews: Benchmark = {
  name: "G7",
  title: "Ward views: projection catch-up rate, publication, and indicator query p99 (PostgreSQL)",
  baseline: ["G3", "B_http"],
  headline: { metric: "p99Ms", unit: "ms" },
  goals: [{ metric: "p99Ms", atMost: 10 }],
  units: {
    p50Ms: "ms",
    requestsPerSecond: "req/s",
    non2xx: "responses",
    catchUpEventsPerSecond: "ev/s",
    publishSeconds: "s",
    figures: "figures",
    nodeCores: "cores (query window)",
    postgresCores: "cores (query window)",
    loadCores: "cores (load process)",
  },
  async run(context) {
    const dataset = await ensureDataset(context);
    const sql = createPostgresClient({
      connectionString: dataset.url,
      applicationName: "bz-bench-ward-views",
    });
    const store = await createSqlEventStore(sql);
    try {
      const cpu = startCpuMeter();
      const started = performance.now();
      await rebuildProjection({ store, sql, projection: wardProjection, batchSize: 2000 });
      const catchUpSeconds = (performance.now() - started) / 1000;
      const publishStarted = performance.now();
      const catalogue = loadCatalogue();
      const { figures } = await publishWardFigures(sql, catalogue);
      const publishSeconds = (performance.now() - publishStarted) / 1000;
      const api = await buildQueryApi({
        readModels: sql,
        store,
        // Analysts come in with the bench's API key here; no token is ever presented.
        auth: createTokenVerifier({
          jwks: (await createSigningKey()).jwks,
          issuer: "bench",
          audience: "bench",
        }),
        logger: createLogger({ service: "bench", level: "silent" }),
        analysts: {
          catalogue,
          authorizeAnalyst: apiKeyAnalystAuthorizer(`bench=${hashAnalystKey(key)}`),
          // Published once above; the query path is what is measured.
          refreshMs: 3_600_000,
        },
      });
      try {
        const url = await api.listen({ host: "127.0.0.1", port: 0 });
        const wards = [...wardList().map((w) => w.ward), "DISTRICT"];
        const ids = latestDefinitions(catalogue).map((d) => d.id);
        const requests = wards.flatMap((ward) =>
          ids.map((id) => ({
            path: `/v1/wards/${ward}/indicators?indicator=${id}&from=2016-01-01&to=2030-12-31`,
            reader: "analyst",
          })),
        );
        // autocannon runs in a load process of its own (ADR 0073). A short warm-up at the same rate
        // first, not counted: the pool's connections, the plans and the JIT are made there.
        const load = (seconds: number) =>
          loadHttpRemote({
            url,
            seconds,
            rate: context.sizes.queryRate,
            connections: 16,
            requests,
            tokens: { analyst: key },
          });
        await load(Math.min(3, context.sizes.httpSeconds));
        const measuredCpu = startCpuMeter();
        const { result, load: loadUse } = await load(context.sizes.httpSeconds);
        const queryCores = measuredCpu.stop();
        const cores = cpu.stop();
        if (result["2xx"] === 0) {
          throw new Error(`the analyst API answered ${result.requests.total} requests, none 2xx`);
        }
        return {
          values: {
            p99Ms: result.latency.p99,
            p50Ms: result.latency.p50,
            requestsPerSecond: result.requests.average,
            non2xx: result.non2xx,
            catchUpEventsPerSecond: dataset.events / catchUpSeconds,
            publishSeconds,
            figures,
            nodeCores: queryCores.nodeCores ?? 0,
            postgresCores: queryCores.postgresCores ?? 0,
            loadCores: loadUse.cores,
          },
          evidence: {
            cpu: cores,
            queryCpu: queryCores,
            load: { process: "separate", ...loadUse },
            warmUpSeconds: Math.min(3, context.sizes.httpSeconds),
            dataset: { ...dataset, subjects: undefined, url: undefined },
          },
        };
      } finally {
        await api.close();
      }
    } finally {
      await store.close();
      await sql.close();
    }
  },
};
