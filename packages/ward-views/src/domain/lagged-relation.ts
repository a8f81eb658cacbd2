/** One quarter's published figure: null when it was suppressed or had no data (never used). */
export interface QuarterFigure {
  /** `YYYY-Qn`. */
  period: string;
  value: number | null;
}

/** How a ward's social-domain costs in quarter t go with its mental-health costs in t + lag. */
export interface LagRelation {
  lag: number;
  /** Quarters t with both figures (social in t, mental health in t + lag) published. */
  pairs: number;
  /** Pearson correlation of the levels; null under 3 pairs or when a side does not vary. */
  correlation: number | null;
  /** Quarters t whose change on the quarter before is published on both sides. */
  changePairs: number;
  /** Pearson correlation of the quarter-on-quarter changes (change-on-change), same rules. */
  changeCorrelation: number | null;
}

/** The quarter index of `YYYY-Qn` (year × 4 + n − 1), or undefined for a year or anything else. */
export function quarterIndex(period: string): number | undefined {
  const match = /^(\d{4})-Q([1-4])$/.exec(period);
  return match === null ? undefined : Number(match[1]) * 4 + Number(match[2]) - 1;
}

/** Pearson's r, or null under 3 pairs or without variance on a side. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  if (n < 3 || ys.length !== n) return null;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

function published(figures: readonly QuarterFigure[]): Map<number, number> {
  const byQuarter = new Map<number, number>();
  for (const f of figures) {
    const q = quarterIndex(f.period);
    if (q !== undefined && f.value !== null) byQuarter.set(q, f.value);
  }
  return byQuarter;
}

/**
 * The lagged waterbed relation of one ward for lags 0..maxLag: social-domain costs (Wmo + Jeugdwet)
 * in quarter t against insured mental-health costs (Zvw at Mondriaan and METggz) in t + lag, as
 * levels and as changes. Only published figures enter, so the answer is a function of what is
 * already public and reveals nothing suppressed. Pure.
 */
export function laggedRelation(
  social: readonly QuarterFigure[],
  mentalHealth: readonly QuarterFigure[],
  maxLag = 4,
): LagRelation[] {
  const s = published(social);
  const m = published(mentalHealth);
  const quarters = [...s.keys()].sort((a, b) => a - b);
  const relations: LagRelation[] = [];
  for (let lag = 0; lag <= maxLag; lag++) {
    const xs: number[] = [];
    const ys: number[] = [];
    const dxs: number[] = [];
    const dys: number[] = [];
    for (const t of quarters) {
      const x = s.get(t) as number;
      const y = m.get(t + lag);
      if (y === undefined) continue;
      xs.push(x);
      ys.push(y);
      const xBefore = s.get(t - 1);
      const yBefore = m.get(t + lag - 1);
      if (xBefore !== undefined && yBefore !== undefined) {
        dxs.push(x - xBefore);
        dys.push(y - yBefore);
      }
    }
    relations.push({
      lag,
      pairs: xs.length,
      correlation: pearson(xs, ys),
      changePairs: dxs.length,
      changeCorrelation: pearson(dxs, dys),
    });
  }
  return relations;
}
