import type { SqlQueryable } from "@bz/sql";
import { releaseKey } from "./domain/freeze-suppression.ts";
import type { Figure } from "./figures.ts";

const registerSchema = `create table if not exists ward_releases (
    indicator text not null,
    version integer not null,
    ward text not null,
    period text not null,
    period_start date not null,
    value double precision,
    status text not null,
    reason text,
    store_position bigint not null,
    first_released_at timestamptz not null default now(),
    primary key (indicator, version, ward, period)
  )`;

/**
 * Records every figure just written to `ward_figures` that the register does not hold yet: its
 * value (or suppression) and store position at its first release. Runs in the publication's
 * transaction, so a figure is in the register exactly when analysts could have read it.
 */
export async function recordReleases(tx: SqlQueryable): Promise<void> {
  await tx.query(registerSchema);
  await tx.query(
    `insert into ward_releases (indicator, version, ward, period, period_start, value, status, reason, store_position)
     select indicator, version, ward, period, period_start, value, status, reason, store_position from ward_figures
     on conflict do nothing`,
  );
}

/** Keys (see `releaseKey`) of the figures first released as suppressed. */
export async function releasedSuppressed(tx: SqlQueryable): Promise<Set<string>> {
  await tx.query(registerSchema);
  const { rows } = await tx.query<{ indicator: string; version: number; ward: string; period: string }>(
    "select indicator, version, ward, period from ward_releases where status = 'SUPPRESSED'",
  );
  return new Set(rows.map(releaseKey));
}

/** How a figure stands against its first release. */
export type ReleaseChange =
  | "UNCHANGED"
  /** Published then and now, with another value (late events). */
  | "CHANGED"
  /** Suppressed then, published now: with the margins of then it may give the old value away. */
  | "REVEALED"
  /** Published then, suppressed now: its old value narrows the new hidden one. */
  | "NEWLY_SUPPRESSED"
  /** No longer published (e.g. a newer definition version replaced it). */
  | "WITHDRAWN";

/** One figure's first release beside what is published now. */
export interface Release {
  indicator: string;
  version: number;
  ward: string;
  period: string;
  released: Pick<Figure, "value" | "status" | "reason" | "storePosition"> & { releasedAt: string };
  current: Pick<Figure, "value" | "status" | "reason" | "storePosition"> | null;
  change: ReleaseChange;
}

/** A query of the register. */
export interface ReleaseQuery {
  /** Only figures whose current state differs from their first release. */
  changed?: boolean;
  indicator?: string;
  ward?: string;
}

function changeOf(r: Release): ReleaseChange {
  if (r.current === null) return "WITHDRAWN";
  const wasShown = r.released.status !== "SUPPRESSED";
  const isShown = r.current.status !== "SUPPRESSED";
  if (wasShown && !isShown) return "NEWLY_SUPPRESSED";
  if (!wasShown && isShown) return "REVEALED";
  return r.released.value === r.current.value && r.released.status === r.current.status
    ? "UNCHANGED"
    : "CHANGED";
}

/** The register: each figure's first release beside the current figure, ordered like the figures. */
export async function readReleases(sql: SqlQueryable, query: ReleaseQuery = {}): Promise<Release[]> {
  const exists = await sql.query<{ t: string | null }>("select to_regclass('ward_releases')::text as t");
  if (exists.rows[0]?.t == null) return [];
  const params: unknown[] = [];
  const where: string[] = [];
  if (query.indicator !== undefined) {
    params.push(query.indicator);
    where.push(`r.indicator = $${params.length}`);
  }
  if (query.ward !== undefined) {
    params.push(query.ward);
    where.push(`r.ward = $${params.length}`);
  }
  if (query.changed === true) {
    where.push(
      `(f.indicator is null or r.status is distinct from f.status or r.value is distinct from f.value)`,
    );
  }
  const { rows } = await sql.query<{
    indicator: string;
    version: number;
    ward: string;
    period: string;
    r_value: number | null;
    r_status: Figure["status"];
    r_reason: Figure["reason"];
    r_position: string;
    released_at: string;
    f_value: number | null;
    f_status: Figure["status"] | null;
    f_reason: Figure["reason"];
    f_position: string | null;
  }>(
    `select r.indicator, r.version, r.ward, r.period, r.value as r_value, r.status as r_status, r.reason as r_reason,
       r.store_position::text as r_position,
       to_char(r.first_released_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as released_at,
       f.value as f_value, f.status as f_status, f.reason as f_reason, f.store_position::text as f_position
     from ward_releases r left join ward_figures f
       on f.indicator = r.indicator and f.version = r.version and f.ward = r.ward and f.period = r.period
     ${where.length === 0 ? "" : `where ${where.join(" and ")}`}
     order by r.indicator, r.version, r.ward, extract(year from r.period_start), length(r.period) desc, r.period`,
    params,
  );
  return rows.map((row) => {
    const release: Release = {
      indicator: row.indicator,
      version: row.version,
      ward: row.ward,
      period: row.period,
      released: {
        value: row.r_value === null ? null : Number(row.r_value),
        status: row.r_status,
        reason: row.r_reason,
        storePosition: row.r_position,
        releasedAt: row.released_at,
      },
      current:
        row.f_status === null
          ? null
          : {
              value: row.f_value === null ? null : Number(row.f_value),
              status: row.f_status,
              reason: row.f_reason,
              storePosition: row.f_position as string,
            },
      change: "UNCHANGED",
    };
    release.change = changeOf(release);
    return release;
  });
}
