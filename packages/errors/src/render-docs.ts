import { errorCodes } from "./codes.ts";

/** docs/errors.md, rendered from the code list so the page cannot drift from the code. */
export function renderErrorDocs(): string {
  const rows = Object.entries(errorCodes)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, text]) => `| \`${code}\` | ${text} |`);
  return [
    "# Error codes",
    "",
    "Generated from packages/errors/src/codes.ts by `node packages/errors/scripts/write-docs.ts`; a test fails when it is stale.",
    "",
    "Every expected failure carries one of these stable codes (`<AREA>_<REASON>`), a `retryable` flag and a",
    "message that says what was wrong, with which value, and what to do. HTTP answers are",
    "`application/problem+json` with the code in `code`; dead-letter records carry it in the",
    "`bz-reason-code` header.",
    "",
    "| code | meaning |",
    "|---|---|",
    ...rows,
    "",
  ].join("\n");
}
