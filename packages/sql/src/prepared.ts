import { createHash } from "node:crypto";

/** Most statement texts that get a prepared name; past it a text runs unnamed, as any other. */
const maxPrepared = 1000;
const names = new Map<string, string>();

/**
 * Marks a statement of a hot path: on a PostgreSQL server each pooled connection parses and plans
 * it once, under a name derived from its text, and then only binds and executes it (pg's named
 * statements). The text is returned unchanged, so it goes to `query` like any other and PGlite runs
 * it as before. Call it once per statement text (at module level, or once per schema), never with
 * values spliced in: values stay parameters.
 */
export function prepared(text: string): string {
  if (!names.has(text) && names.size < maxPrepared) {
    names.set(text, `bz_${createHash("sha256").update(text).digest("hex").slice(0, 24)}`);
  }
  return text;
}

/** The prepared name of a statement text marked by {@link prepared}, if any. */
export function preparedNameOf(text: string): string | undefined {
  return names.get(text);
}
