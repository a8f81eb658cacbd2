/** A stored event as the consent rules read it: its type and its JSON data, read defensively. */
export interface StoredEvent {
  type: string;
  data: Record<string, unknown>;
}

/** A string field, or null when absent or of another type (older or newer schema versions). */
export function text(data: Record<string, unknown>, field: string): string | null {
  const value = data[field];
  return typeof value === "string" && value !== "" ? value : null;
}

/** A list of strings, or null when absent or malformed. */
export function texts(data: Record<string, unknown>, field: string): string[] | null {
  const value = data[field];
  if (!Array.isArray(value)) return null;
  return value.filter((item): item is string => typeof item === "string");
}

/** A time field (ISO text or epoch milliseconds) as epoch milliseconds, or null. */
export function millis(data: Record<string, unknown>, field: string): number | null {
  const value = data[field];
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string") {
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? null : parsed;
  }
  return null;
}
