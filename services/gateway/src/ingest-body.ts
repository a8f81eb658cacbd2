import { BzError } from "@bz/errors";

/** The events of a request body and how each is named in errors (`body` or `body.events[i]`). */
export interface IngestBody {
  events: unknown[];
  nameOf: (index: number) => string;
}

function invalid(name: string, reason: string): never {
  throw new BzError("HTTP_INVALID_REQUEST", `${name}: ${reason}`, {
    details: { invalidParams: [{ name, reason }] },
  });
}

/**
 * Reads the shape of a body: a batch `{ "events": [...] }` of 1 to `maxBatchEvents` events, or one
 * event. The events themselves are validated later, all together.
 */
export function readIngestBody(body: unknown, maxBatchEvents: number): IngestBody {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    invalid("body", 'expected a care event or { "events": [...] }');
  }
  if (!("events" in body)) return { events: [body], nameOf: () => "body" };
  const { events, ...rest } = body;
  const [extra] = Object.keys(rest);
  if (extra !== undefined) invalid(`body.${extra}`, 'unknown field: a batch holds "events" only');
  if (!Array.isArray(events) || events.length === 0)
    invalid("body.events", "expected an array of 1 or more events");
  if (events.length > maxBatchEvents) {
    throw new BzError(
      "INGEST_BATCH_TOO_LARGE",
      `the batch holds ${events.length} events; send at most ${maxBatchEvents} per request`,
    );
  }
  return { events, nameOf: (index) => `body.events[${index}]` };
}
