/**
 * A magnitude cell's total with its two largest contributions (each contributor's amounts summed
 * first: a client, or a household where the household is the unit). Amounts are non-negative.
 */
export interface Contributions {
  total: number;
  largest: number;
  second: number;
}

/** The default p of the p% rule: the value τ-ARGUS and the SDC handbook use in their examples. */
export const defaultP = 10;

/** The total and two largest of a cell's contributions, one amount per contributor. */
export function topTwo(amounts: readonly number[]): Contributions {
  let largest = 0;
  let second = 0;
  let total = 0;
  for (const amount of amounts) {
    total += amount;
    if (amount > largest) {
      second = largest;
      largest = amount;
    } else if (amount > second) second = amount;
  }
  return { total, largest, second };
}

/**
 * The p% rule (τ-ARGUS; SDC handbook §4.2): a cell is sensitive when the second largest
 * contributor, who knows the total and its own amount, could estimate the largest to within p%:
 * total − x1 − x2 < p/100 · x1. Compared as 100·(total − x1 − x2) < p·x1 to stay in integers.
 */
export function isPPercentSensitive(cell: Contributions, p: number = defaultP): boolean {
  return 100 * (cell.total - cell.largest - cell.second) < p * cell.largest;
}

/**
 * How far the attacker's interval of a sensitive cell must reach on either side (its upper and
 * lower protection level): p/100 · x1 − (total − x1 − x2), and 0 for a cell that passes the rule.
 */
export function pPercentProtectionLevel(cell: Contributions, p: number = defaultP): number {
  return Math.max(0, (p / 100) * cell.largest - (cell.total - cell.largest - cell.second));
}
