/**
 * The JSON forms of Avro's timestamp-millis and date. Events carry ISO-8601 strings, not Date
 * objects: they survive JSON (gateway, event store) unchanged and compare with ===. One grammar is
 * used by zod and by the wire conversion, so the two cannot disagree.
 */

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
/** Four-digit years only: toISOString writes other years in a six-digit form no one expects. */
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

/** Milliseconds since the epoch of an ISO-8601 timestamp with an offset, or undefined if it is not one. */
export function parseTimestamp(text: string): number | undefined {
  const match = TIMESTAMP.exec(text);
  if (match === null) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = match;
  const ms = Number((frac ?? "0").padEnd(3, "0"));
  const local = utc(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s), ms);
  if (local === undefined) return undefined;
  const offset = zone === "Z" || zone === undefined ? 0 : offsetMinutes(zone);
  if (offset === undefined) return undefined;
  const result = local - offset * 60_000;
  return inRange(result) ? result : undefined;
}

/** The canonical form of a timestamp: UTC, milliseconds, `Z` (what Date#toISOString writes). */
export function formatTimestamp(epochMillis: number): string | undefined {
  return Number.isSafeInteger(epochMillis) && inRange(epochMillis)
    ? new Date(epochMillis).toISOString()
    : undefined;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` calendar date, or undefined if it is not one. */
export function parseDate(text: string): number | undefined {
  const match = DATE.exec(text);
  if (match === null) return undefined;
  const millis = utc(Number(match[1]), Number(match[2]), Number(match[3]), 0, 0, 0, 0);
  return millis === undefined || !inRange(millis) ? undefined : millis / DAY_MS;
}

/** The `YYYY-MM-DD` form of a day count since 1970-01-01. */
export function formatDate(days: number): string | undefined {
  const millis = days * DAY_MS;
  return Number.isSafeInteger(days) && inRange(millis)
    ? new Date(millis).toISOString().slice(0, 10)
    : undefined;
}

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number) {
  if (h > 23 || mi > 59 || s > 59) return undefined;
  const millis = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  // Date.UTC rolls 31 April over into 1 May; a real calendar date survives the round trip.
  const check = new Date(millis);
  return check.getUTCMonth() === mo - 1 && check.getUTCDate() === d ? millis : undefined;
}

function offsetMinutes(zone: string): number | undefined {
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(4, 6));
  if (hours > 18 || minutes > 59) return undefined;
  return (zone.startsWith("-") ? -1 : 1) * (hours * 60 + minutes);
}

const FIRST_MS = Date.UTC(MIN_YEAR, 0, 1);
const AFTER_LAST_MS = Date.UTC(MAX_YEAR + 1, 0, 1);

/** In years 1000-9999 (UTC); false for NaN. A comparison, not a Date: it is on the decode path. */
function inRange(epochMillis: number): boolean {
  return epochMillis >= FIRST_MS && epochMillis < AFTER_LAST_MS;
}
