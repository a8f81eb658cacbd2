import type { z } from "zod";

/** A zod error as one line naming each failing path, e.g. `minutes: Too big: expected number to be <=1440`. */
export function describeZodError(error: z.ZodError): string {
  const shown = error.issues.slice(0, 5).map((issue) => {
    const path = issue.path.length === 0 ? "(event)" : issue.path.map(String).join(".");
    return `${path}: ${issue.message}`;
  });
  const more = error.issues.length > shown.length ? ` (and ${error.issues.length - shown.length} more)` : "";
  return `${shown.join("; ")}${more}`;
}
