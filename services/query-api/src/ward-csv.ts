import type { Figure } from "@bz/ward-views";

/** What a suppressed cell shows in CSV: the CBS sign for a secret value (never a number, never 0). */
export const SUPPRESSED_MARKER = "x";

const header = [
  "indicator",
  "version",
  "ward",
  "period",
  "period_start",
  "period_end",
  "value",
  "status",
  "reason",
  "store_position",
  "breakdown",
  "breakdown_value",
];

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Figures as RFC 4180 CSV with a header row and ISO dates. A suppressed value is `x` with its
 * status and reason; a mean over nobody is empty with status NO_DATA. The last two columns name a
 * breakdown indicator's dimension and value (empty for a total).
 */
export function figuresCsv(figures: readonly Figure[]): string {
  const lines = [header.join(",")];
  for (const f of figures) {
    const value = f.status === "SUPPRESSED" ? SUPPRESSED_MARKER : f.value === null ? "" : String(f.value);
    lines.push(
      [
        f.indicator,
        String(f.version),
        f.ward,
        f.period,
        f.periodStart,
        f.periodEnd,
        value,
        f.status,
        f.reason ?? "",
        f.storePosition,
        f.breakdown ?? "",
        f.breakdownValue ?? "",
      ]
        .map(field)
        .join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
