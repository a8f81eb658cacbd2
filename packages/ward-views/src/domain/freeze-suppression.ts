/** The part of a figure the freeze reads and rewrites (a `Figure` of the publication). */
export interface FreezableFigure {
  indicator: string;
  version: number;
  ward: string;
  period: string;
  value: number | null;
  status: "PUBLISHED" | "SUPPRESSED" | "NO_DATA";
  reason: "PRIMARY" | "COMPLEMENTARY" | "WITHHELD" | null;
}

/** The register's key of a figure: indicator@version|ward|period. */
export function releaseKey(f: Pick<FreezableFigure, "indicator" | "version" | "ward" | "period">): string {
  return `${f.indicator}@${f.version}|${f.ward}|${f.period}`;
}

/**
 * Keeps hidden what an earlier release hid: a figure first released as suppressed stays
 * suppressed, so a late event can never reveal a value next to margins an attacker kept from
 * before. The publication first protects such cells as primaries; this catches the ones it could
 * not (a cell now 0), marked COMPLEMENTARY. Hiding more only widens the attacker's intervals. Pure.
 */
export function freezeSuppression<F extends FreezableFigure>(
  figures: readonly F[],
  releasedSuppressed: ReadonlySet<string>,
): F[] {
  return figures.map((f) =>
    f.status !== "SUPPRESSED" && releasedSuppressed.has(releaseKey(f))
      ? { ...f, value: null, status: "SUPPRESSED", reason: "COMPLEMENTARY" }
      : f,
  );
}
