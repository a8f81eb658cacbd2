import { z } from "zod";

/**
 * Who is asking, from request headers. Authentication of professionals is not built yet: until it
 * is, these headers are taken as the caller's claim and logged as such.
 */
export const viewerHeaders = z.object({
  "x-bz-user": z
    .string({ error: "send x-bz-user: the id of the professional who reads" })
    .min(1, "x-bz-user must not be empty")
    .max(128, "x-bz-user has at most 128 characters"),
  "x-bz-on-behalf-of": z
    .string()
    .min(1)
    .max(128)
    .optional()
    .describe("The responsible user, when acting for someone else"),
  "x-bz-organisation": z
    .string({ error: "send x-bz-organisation: the partner the professional works for, e.g. TRAJEKT" })
    .regex(/^[A-Z_]{2,40}$/, "x-bz-organisation is a partner id such as TRAJEKT or LEGER_DES_HEILS"),
  "x-bz-purpose": z
    .enum(["CARE", "CARE_COORDINATION", "CLIENT_ACCESS_REQUEST"], {
      error:
        "x-bz-purpose is CARE, CARE_COORDINATION or CLIENT_ACCESS_REQUEST (showing a client their access log)",
    })
    .default("CARE"),
  "x-bz-emergency": z
    .enum(["true", "false"], { error: "x-bz-emergency is true or false" })
    .default("false")
    .transform((value) => value === "true"),
});

/** The validated viewer. */
export type Viewer = z.output<typeof viewerHeaders>;
