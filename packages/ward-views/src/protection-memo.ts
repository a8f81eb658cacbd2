/**
 * Suppression patterns are pure and deterministic (same grid, same options, same pattern: ADR 0035),
 * and a republication mostly finds the same grids again: years whose events did not change. This
 * remembers each pattern by a canonical text of its inputs, so only changed grids pay for the
 * LP. Answers are cloned both ways, so no caller can change what is remembered.
 */
const remembered = new Map<string, unknown>();
const limit = 4_000;

/** A canonical text of `value`: object keys sorted, Maps and Sets by their sorted entries. */
export function canonical(value: unknown): string {
  if (value instanceof Map) {
    return `M[${[...value]
      .map(([k, v]) => `${canonical(k)}:${canonical(v)}`)
      .sort()
      .join(",")}]`;
  }
  if (value instanceof Set) return `S[${[...value].map(canonical).sort().join(",")}]`;
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}

/** `compute(...args)`, or what it answered before for the same `kind` and arguments. */
export function remember<A extends unknown[], R>(kind: string, compute: (...args: A) => R, ...args: A): R {
  const key = `${kind}:${canonical(args)}`;
  if (remembered.has(key)) return structuredClone(remembered.get(key)) as R;
  const result = compute(...args);
  if (remembered.size >= limit) remembered.clear();
  remembered.set(key, structuredClone(result));
  return result;
}
