import { careEventWithBsnSchema } from "@bz/partner-sdk";
import { z } from "zod";

/** The request body of POST /v1/events: one event, or a batch of them, each with a clear BSN. */
export function ingestBodySchema(maxBatchEvents: number) {
  return z
    .union([
      z.strictObject({ events: z.array(careEventWithBsnSchema).min(1).max(maxBatchEvents) }),
      careEventWithBsnSchema,
    ])
    .meta({
      description:
        "A care event as in the contracts, with the client's `bsn` instead of `subject`, or `{ events: [...] }`.",
    });
}

/** The 202 answer: the ids of every event taken on, duplicates of recent posts included. */
export const acceptedSchema = z.object({
  accepted: z.number().int().meta({ description: "How many events were taken on" }),
  eventIds: z.array(z.string()).meta({ description: "Their event ids, in request order" }),
});

/** An application/problem+json answer (RFC 9457) with the platform's error code. */
export const problemSchema = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  instance: z.string().optional(),
  "invalid-params": z.array(z.object({ name: z.string(), reason: z.string() })).optional(),
});
