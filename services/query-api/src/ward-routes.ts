import { BzError } from "@bz/errors";
import type { HttpApp } from "@bz/http";
import { readCheckpoint } from "@bz/projections";
import type { SqlClient } from "@bz/sql";
import {
  breakdowns,
  DISTRICT,
  type IndicatorDefinition,
  indicatorDefinition,
  latestDefinitions,
  type PublicationOptions,
  publishedPosition,
  publishWardFigures,
  readFigures,
  wardList,
  wardProjection,
} from "@bz/ward-views";
import { z } from "zod";
import type { AuthorizeAnalyst } from "./analyst-api-keys.ts";
import { registerReleaseRoute } from "./release-routes.ts";
import { figuresCsv } from "./ward-csv.ts";
import { registerWaterbedRoute, unknownWard } from "./waterbed-routes.ts";

/** Options of {@link wardRoutes}. */
export interface WardRoutesOptions {
  readModels: SqlClient;
  catalogue: readonly IndicatorDefinition[];
  /** Who is asking: an analyst, or a thrown 401/403 BzError (API keys now, the ANALYST token role later). */
  authorizeAnalyst: AuthorizeAnalyst;
  publication?: PublicationOptions;
  /** Republish at most this often when the projection has moved on (default 60 s; 0 = on every request). */
  refreshMs?: number;
  /**
   * Answer from the figures already published while a republication runs (each figure names the
   * store position it was computed at), instead of waiting for it; only the very first
   * publication is waited for. Default false: every answer reflects the projection as asked.
   */
  serveWhileRepublishing?: boolean;
  now?: () => number;
}

const figure = z.object({
  indicator: z.string(),
  version: z.number().int(),
  ward: z.string(),
  period: z.string().describe("YYYY-Qn or YYYY"),
  periodStart: z.string().describe("ISO date"),
  periodEnd: z.string().describe("ISO date, inclusive"),
  value: z.number().nullable().describe("null when suppressed (never 0) or when there is nothing to average"),
  status: z.enum(["PUBLISHED", "SUPPRESSED", "NO_DATA"]),
  reason: z.enum(["PRIMARY", "COMPLEMENTARY", "WITHHELD"]).nullable(),
  storePosition: z.string().describe("Event-store position the figure was computed at"),
  breakdown: z
    .enum(breakdowns)
    .nullable()
    .describe(
      "For a breakdown indicator (e.g. contacts-by-partner) the dimension it splits by; null for a total",
    ),
  breakdownValue: z
    .string()
    .nullable()
    .describe(
      "The breakdown's value this figure counts: a partner (MONDRIAAN), an age band (AGE_27_64 or UNKNOWN), a reason, an outcome, or a pair FROM>TO (TRAJEKT>MONDRIAAN); null for a total",
    ),
});

const isoDate = (name: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${name} is an ISO date such as 2025-01-01`)
    .optional()
    .describe(`${name === "from" ? "First" : "Last"} day of the periods wanted (ISO date)`);

const rangeQuery = z.object({
  from: isoDate("from"),
  to: isoDate("to"),
  indicator: z
    .string()
    .min(1)
    .optional()
    .describe("One indicator id (a breakdown is its own id, e.g. contacts-by-partner); all when absent"),
});

const csvNote =
  " Send `Accept: text/csv` for CSV (header row, ISO dates; a suppressed value is `x`, never a number).";

/**
 * Analyst routes: the four wards, the indicator catalogue and the protected figures, as JSON or
 * CSV. Only suppressed aggregates leave; no client-level row is reachable from here.
 */
export function wardRoutes(options: WardRoutesOptions) {
  const { readModels } = options;
  const now = options.now ?? Date.now;
  const refreshMs = options.refreshMs ?? 60_000;
  const latest = latestDefinitions(options.catalogue);
  const wardIds = [...wardList().map((w) => w.ward), DISTRICT];
  let lastAttempt = Number.NEGATIVE_INFINITY;
  let publishing: Promise<unknown> | undefined;

  /** Republishes when the projection has moved past the published figures (single flight). */
  let lastCheck = Number.NEGATIVE_INFINITY;
  let everPublished = false;
  async function ensurePublished(): Promise<void> {
    if (publishing !== undefined) {
      if (options.serveWhileRepublishing === true && everPublished) return;
      return void (await publishing);
    }
    // Whether the figures are stale is asked at most once a second (every time when refreshMs is 0).
    if (now() - lastCheck < Math.min(refreshMs, 1000)) return;
    lastCheck = now();
    const published = await publishedPosition(readModels).catch(() => undefined);
    const checkpoint = await readCheckpoint(readModels, wardProjection.name).catch(() => undefined);
    everPublished ||= published !== undefined;
    const stale = published === undefined || (checkpoint !== undefined && checkpoint > published);
    if (!stale || (published !== undefined && now() - lastAttempt < refreshMs)) return;
    lastAttempt = now();
    const run = publishWardFigures(readModels, options.catalogue, options.publication ?? {}).finally(() => {
      publishing = undefined;
    });
    publishing = run;
    if (options.serveWhileRepublishing === true && everPublished) {
      // A failed republication is tried again after refreshMs; the figures published stay served.
      run.catch(() => undefined);
      return;
    }
    await run;
    everPublished = true;
  }

  function checkRange(from?: string, to?: string) {
    if (from !== undefined && to !== undefined && from > to) {
      throw new BzError("WARD_INVALID_PERIOD", `from (${from}) is after to (${to}); give from <= to.`);
    }
  }

  function definitionOf(id: string): IndicatorDefinition {
    const definition = latest.find((d) => d.id === id);
    if (definition === undefined) {
      throw new BzError(
        "WARD_UNKNOWN_INDICATOR",
        `There is no indicator "${id}"; GET /v1/indicators lists them (e.g. clients-in-care).`,
      );
    }
    return definition;
  }

  function wardOf(param: string): string {
    const ward = param.toUpperCase();
    if (!wardIds.includes(ward)) throw unknownWard(param, wardIds);
    return ward;
  }

  const csvType = "text/csv; charset=utf-8";
  const asText = (payload: unknown) => String(payload);
  const wantsCsv = (accept: unknown) => typeof accept === "string" && accept.includes("text/csv");

  return async (app: HttpApp) => {
    app.addHook("onRequest", async (request) => {
      await options.authorizeAnalyst(request);
    });

    registerWaterbedRoute(app, { readModels, ensurePublished, wardOf, checkRange, figure });
    registerReleaseRoute(app, {
      readModels,
      ensurePublished,
      wardOf,
      indicatorOf: (id) => definitionOf(id).id,
    });

    app.get(
      "/v1/wards",
      {
        schema: {
          summary: "The four wards of Maastricht-Oost and the district (the four together)",
          response: {
            200: z.object({
              wards: z.array(
                z.object({ ward: z.string(), name: z.string(), buurtCode: z.string().nullable() }),
              ),
            }),
          },
        },
      },
      async () => ({
        wards: [
          ...wardList(),
          { ward: DISTRICT, name: "Maastricht-Oost (the four wards together)", buurtCode: null },
        ],
      }),
    );

    app.get(
      "/v1/indicators",
      {
        schema: {
          summary: "The indicator catalogue: every version of every definition",
          response: { 200: z.object({ indicators: z.array(indicatorDefinition) }) },
        },
      },
      async () => ({ indicators: [...options.catalogue] }),
    );

    app.get(
      "/v1/indicators/:id",
      {
        schema: {
          summary: `One indicator's definition and its figures across the wards and the district.${csvNote}`,
          params: z.object({ id: z.string().min(1) }),
          querystring: rangeQuery.omit({ indicator: true }),
          response: { 200: z.object({ indicator: indicatorDefinition, figures: z.array(figure) }) },
        },
      },
      async (request, reply) => {
        const definition = definitionOf(request.params.id);
        checkRange(request.query.from, request.query.to);
        await ensurePublished();
        const figures = await readFigures(readModels, {
          indicator: definition.id,
          ...(request.query.from === undefined ? {} : { from: request.query.from }),
          ...(request.query.to === undefined ? {} : { to: request.query.to }),
        });
        const current = figures.filter((f) => f.version === definition.version);
        if (wantsCsv(request.headers.accept)) {
          return reply
            .type(csvType)
            .serializer(asText)
            .send(figuresCsv(current) as never);
        }
        return { indicator: definition, figures: current };
      },
    );

    app.get(
      "/v1/wards/:ward/indicators",
      {
        schema: {
          summary: `Every indicator (or one) of a ward or the district, per quarter and year.${csvNote}`,
          params: z.object({
            ward: z.string().min(1).describe("WYCKERPOORT, WITTEVROUWENVELD, NAZARETH, LIMMEL or DISTRICT"),
          }),
          querystring: rangeQuery,
          response: { 200: z.object({ ward: z.string(), figures: z.array(figure) }) },
        },
      },
      async (request, reply) => {
        const ward = wardOf(request.params.ward);
        if (request.query.indicator !== undefined) definitionOf(request.query.indicator);
        checkRange(request.query.from, request.query.to);
        await ensurePublished();
        const versions = new Map(latest.map((d) => [d.id, d.version]));
        const figures = (
          await readFigures(readModels, {
            ward,
            ...(request.query.indicator === undefined ? {} : { indicator: request.query.indicator }),
            ...(request.query.from === undefined ? {} : { from: request.query.from }),
            ...(request.query.to === undefined ? {} : { to: request.query.to }),
          })
        ).filter((f) => versions.get(f.indicator) === f.version);
        if (wantsCsv(request.headers.accept)) {
          return reply
            .type(csvType)
            .serializer(asText)
            .send(figuresCsv(figures) as never);
        }
        return { ward, figures };
      },
    );
  };
}
