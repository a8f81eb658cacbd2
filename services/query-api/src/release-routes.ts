import type { HttpApp } from "@bz/http";
import type { SqlClient } from "@bz/sql";
import { readReleases } from "@bz/ward-views";
import { z } from "zod";

/** What the release-register route needs from the ward routes it is registered with. */
export interface ReleaseRouteDeps {
  readModels: SqlClient;
  ensurePublished(): Promise<void>;
  wardOf(param: string): string;
  /** The indicator's id, or a thrown WARD_UNKNOWN_INDICATOR. */
  indicatorOf(id: string): string;
}

const state = z.object({
  value: z.number().nullable(),
  status: z.enum(["PUBLISHED", "SUPPRESSED", "NO_DATA"]),
  reason: z.enum(["PRIMARY", "COMPLEMENTARY", "WITHHELD"]).nullable(),
  storePosition: z.string().describe("Event-store position the figure was computed at"),
});

const release = z.object({
  indicator: z.string(),
  version: z.number().int(),
  ward: z.string(),
  period: z.string(),
  released: state.extend({
    releasedAt: z.string().describe("When the figure was first published (ISO time)"),
  }),
  current: state.nullable().describe("What is published now; null when the figure is no longer published"),
  change: z
    .enum(["UNCHANGED", "CHANGED", "REVEALED", "NEWLY_SUPPRESSED", "WITHDRAWN"])
    .describe(
      "CHANGED: another value now (late events); REVEALED: suppressed then, published now; NEWLY_SUPPRESSED: published then, suppressed now; WITHDRAWN: no longer published",
    ),
});

/**
 * `GET /v1/releases`: the register of released figures, each figure's first release (value or
 * suppression, store position, time) beside what is published now; `changed=true` lists only the
 * figures late events (or a new definition version) have changed since.
 */
export function registerReleaseRoute(app: HttpApp, deps: ReleaseRouteDeps): void {
  app.get(
    "/v1/releases",
    {
      schema: {
        summary:
          "The register of released figures: each figure's first release beside its current value; changed=true lists the ones late events changed",
        querystring: z.object({
          changed: z
            .enum(["true", "false"], { error: "changed is true or false" })
            .optional()
            .describe("true: only figures whose current state differs from their first release"),
          indicator: z.string().min(1).optional().describe("One indicator id; all when absent"),
          ward: z.string().min(1).optional().describe("One ward or DISTRICT; all when absent"),
        }),
        response: { 200: z.object({ releases: z.array(release) }) },
      },
    },
    async (request) => {
      const { changed, indicator, ward } = request.query;
      const query = {
        changed: changed === "true",
        ...(indicator === undefined ? {} : { indicator: deps.indicatorOf(indicator) }),
        ...(ward === undefined ? {} : { ward: deps.wardOf(ward) }),
      };
      await deps.ensurePublished();
      return { releases: await readReleases(deps.readModels, query) };
    },
  );
}
