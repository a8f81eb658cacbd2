import { type CareEvent, type EventType, eventSchema, eventTypes } from "@bz/contracts";
import { bsnProblem } from "@bz/privacy";
import { z } from "zod";

/**
 * A care event as a partner's system holds it: the contracts' event with the client's clear BSN in
 * place of the subject pseudonym. It exists only at the edge (this SDK, the gateway), where the BSN
 * is turned into the pseudonym before anything leaves the process.
 */
export type CareEventWithBsn = CareEvent extends infer E
  ? E extends CareEvent
    ? Omit<E, "subject"> & { bsn: string } & ("household" extends keyof E
          ? { householdKey?: string }
          : unknown)
    : never
  : never;

/**
 * A BSN: nine digits passing the elfproef. The message says what is wrong and never repeats the
 * number, because validation messages reach HTTP answers and logs.
 */
export const bsnSchema = z
  .string()
  .meta({ description: "The client's citizen service number (9 digits, elfproef); never stored." })
  .superRefine((bsn, ctx) => {
    const problem = bsnProblem(bsn);
    if (problem !== undefined) ctx.addIssue({ code: "custom", message: `invalid BSN: ${problem}` });
  });

/**
 * A household key in clear (the address key, PC6 + house number), sent instead of `household`: the
 * SDK or the gateway makes the household pseudonym with the platform's key (ADR 0061).
 */
export const householdKeySchema = z
  .string()
  .min(1, "a household key is the address key, e.g. 6224KX 17")
  .max(200, "a household key is at most 200 characters")
  .meta({
    description:
      "The household key in clear (e.g. the address key 6224KX 17); pseudonymised into household, never stored.",
  });

const schemas = new Map<string, z.ZodObject>(
  eventTypes.map((type) => {
    const base = (eventSchema(type) as unknown as z.ZodObject)
      .omit({ subject: true })
      .extend({ bsn: bsnSchema });
    return [
      type,
      "household" in base.shape ? base.extend({ householdKey: householdKeySchema.optional() }) : base,
    ];
  }),
);

/** The zod schema of one event type with a BSN instead of a subject (strict, like the contracts). */
export function eventWithBsnSchema(eventType: EventType): z.ZodObject {
  const schema = schemas.get(eventType);
  if (schema === undefined) throw new Error(`Unknown event type ${eventType}`);
  return schema;
}

/** Any care event with a BSN, discriminated on `eventType`; used for documentation (OpenAPI). */
export const careEventWithBsnSchema = z.discriminatedUnion("eventType", [...schemas.values()] as unknown as [
  z.ZodObject,
  z.ZodObject,
  ...z.ZodObject[],
]);

/** True when `value` names an event type of the catalogue. */
export function isEventType(value: unknown): value is EventType {
  return typeof value === "string" && schemas.has(value);
}
