// The projector's environment (server mode): the chosen event store in, PostgreSQL read models out.
import { env, eventStoreFields, requireEventStoreUrl } from "@bz/config";
import { z } from "zod";

/**
 * BZ_* variables of the projector. With PostgreSQL the read models default to the event store's
 * database; with EventStoreDB they need their own (BZ_READ_MODEL_URL), which also holds each
 * projection's checkpoint, written in the same transaction as its rows.
 */
export const projectorConfig = z
  .object({
    ...eventStoreFields,
    BZ_READ_MODEL_URL: env.postgresUrl().optional(),
    // After a pseudonym-key rotation: the same keys as the gateway's, so timelines are filed under
    // the current pseudonym (ADR 0042). Rebuild the timeline after adding a key.
    BZ_PSEUDONYM_KEYS: z.string().min(1, "expected id=base64secret[,id=base64secret]").optional(),
    BZ_HTTP_PORT: env.port(9102),
    BZ_LOG_LEVEL: env.logLevel(),
  })
  .superRefine(requireEventStoreUrl)
  .superRefine((config, ctx) => {
    if (config.BZ_EVENT_STORE === "eventstoredb" && config.BZ_READ_MODEL_URL === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["BZ_READ_MODEL_URL"],
        message:
          "required when BZ_EVENT_STORE is eventstoredb: the PostgreSQL database of the read models and their checkpoints",
      });
    }
  });
