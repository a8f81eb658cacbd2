import { BzError } from "@bz/errors";
import type { HttpApp } from "@bz/http";
import type { SqlClient } from "@bz/sql";
import { type LagRelation, readWaterbed } from "@bz/ward-views";
import { z } from "zod";

/** What the waterbed route needs from the ward routes it is registered with. */
export interface WaterbedRouteDeps {
  readModels: SqlClient;
  /** Republishes the figures first when the projection has moved on. */
  ensurePublished(): Promise<void>;
  /** The ward id (upper case) or a thrown WARD_UNKNOWN_WARD. */
  wardOf(param: string): string;
  checkRange(from?: string, to?: string): void;
  figure: z.ZodType;
}

const relation = z.object({
  lag: z
    .number()
    .int()
    .describe("Quarters between the social-domain costs (t) and the mental-health costs (t + lag)"),
  pairs: z.number().int().describe("Quarters t with both figures published"),
  correlation: z
    .number()
    .nullable()
    .describe("Pearson r of the levels; null under 3 pairs or without variance"),
  changePairs: z
    .number()
    .int()
    .describe("Quarters t whose change on the quarter before is published on both sides"),
  changeCorrelation: z.number().nullable().describe("Pearson r of the quarter-on-quarter changes"),
});

const csvHeader = ["ward", "lag", "pairs", "correlation", "change_pairs", "change_correlation"];

/** The lagged relation as CSV: one row per lag, an empty correlation where there is none. */
export function waterbedCsv(ward: string, relations: readonly LagRelation[]): string {
  const cell = (v: number | null) => (v === null ? "" : String(v));
  const lines = [
    csvHeader.join(","),
    ...relations.map((r) =>
      [
        ward,
        String(r.lag),
        String(r.pairs),
        cell(r.correlation),
        String(r.changePairs),
        cell(r.changeCorrelation),
      ].join(","),
    ),
  ];
  return `${lines.join("\r\n")}\r\n`;
}

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "an ISO date such as 2025-01-01")
  .optional();

/**
 * `GET /v1/wards/{ward}/waterbed`: social-domain costs (Wmo, Jeugdwet) beside insured mental-health
 * costs (Zvw at Mondriaan and METggz) per quarter, and their relation for lags 0..maxLag, computed
 * from the published figures only (a suppressed quarter is left out, never estimated).
 */
export function registerWaterbedRoute(app: HttpApp, deps: WaterbedRouteDeps): void {
  app.get(
    "/v1/wards/:ward/waterbed",
    {
      schema: {
        summary:
          "The waterbed view of a ward: social-domain beside mental-health costs per quarter, and the lagged relation between them (from published figures only). Send `Accept: text/csv` for the relation as CSV (one row per lag).",
        params: z.object({
          ward: z.string().min(1).describe("WYCKERPOORT, WITTEVROUWENVELD, NAZARETH, LIMMEL or DISTRICT"),
        }),
        querystring: z.object({
          from: isoDate.describe("First day of the quarters wanted (ISO date)"),
          to: isoDate.describe("Last day of the quarters wanted (ISO date)"),
          maxLag: z.coerce
            .number({ error: "maxLag is a whole number of quarters from 0 to 8" })
            .int("maxLag is a whole number of quarters from 0 to 8")
            .min(0, "maxLag is a whole number of quarters from 0 to 8")
            .max(8, "maxLag is a whole number of quarters from 0 to 8")
            .default(4)
            .describe("Largest lag in quarters (default 4)"),
        }),
        response: {
          200: z.object({
            ward: z.string(),
            quarters: z.array(
              z.object({
                period: z.string(),
                socialDomain: deps.figure.nullable(),
                mentalHealth: deps.figure.nullable(),
              }),
            ),
            relations: z.array(relation),
          }),
        },
      },
    },
    async (request, reply) => {
      const ward = deps.wardOf(request.params.ward);
      const { from, to, maxLag } = request.query;
      deps.checkRange(from, to);
      await deps.ensurePublished();
      const waterbed = await readWaterbed(deps.readModels, ward, {
        maxLag,
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
      });
      const accept = request.headers.accept;
      if (typeof accept === "string" && accept.includes("text/csv")) {
        return reply
          .type("text/csv; charset=utf-8")
          .serializer((payload: unknown) => String(payload))
          .send(waterbedCsv(ward, waterbed.relations) as never);
      }
      return {
        ward,
        quarters: waterbed.quarters.map((q) => ({
          period: q.period,
          socialDomain: q.socialDomain ?? null,
          mentalHealth: q.mentalHealth ?? null,
        })),
        relations: waterbed.relations,
      };
    },
  );
}

/** Thrown for an unknown ward (404 in the HTTP layer). */
export function unknownWard(param: string, wardIds: readonly string[]): BzError {
  return new BzError("WARD_UNKNOWN_WARD", `There is no ward "${param}"; use one of ${wardIds.join(", ")}.`);
}
