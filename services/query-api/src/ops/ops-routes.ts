import { BzError } from "@bz/errors";
import type { HttpApp } from "@bz/http";
import type { Logger } from "@bz/observability";
import { z } from "zod";
import { bearer } from "../viewer.ts";
import type { OpsSources } from "./ops-sources.ts";
import { createOpsStatusReader, type OpsStatus } from "./ops-status.ts";

const partitionLag = z.object({
  partition: z.number(),
  end: z.number(),
  committed: z.number(),
  lag: z.number(),
});

const opsStatus = z.object({
  at: z.string(),
  partners: z.array(
    z.object({
      partner: z.string(),
      topic: z.string(),
      received: z.number().describe("Records in the partner topic"),
      recorded: z.number().describe("Records the recorder has committed"),
      lag: z.number(),
      receivedPerSecond: z.number().nullable().describe("Over the last minute; null on the first look"),
      recordedPerSecond: z.number().nullable(),
      deadLetters: z.number(),
    }),
  ),
  partitions: z.array(partitionLag.extend({ partner: z.string(), topic: z.string() })),
  deadLetters: z.array(
    z.object({
      partner: z.string(),
      reason: z.string().describe("Error code, see docs/errors.md"),
      count: z.number(),
      samples: z.array(
        z.object({
          partition: z.number(),
          offset: z.string(),
          error: z.string(),
          originalTopic: z.string(),
          originalPartition: z.number(),
          originalOffset: z.string(),
          failedAt: z.string(),
        }),
      ),
    }),
  ),
  projections: z.array(
    z.object({
      name: z.string(),
      checkpoint: z.number().nullable(),
      head: z.number().nullable(),
      lag: z.number().nullable(),
      updatedAt: z.string().nullable(),
    }),
  ),
  components: z.array(z.object({ name: z.string(), status: z.enum(["up", "down"]) })),
}) satisfies z.ZodType<OpsStatus>;

const replayBody = z
  .object({
    partner: z.string().min(1, "name the partner whose dead letters to replay, e.g. ENVIDA"),
    reason: z.string().min(1).optional().describe("Replay every dead letter with this reason code"),
    deadLetters: z
      .array(z.string().regex(/^\d+:\d+$/, "a dead letter is partition:offset, e.g. 0:12"))
      .min(1)
      .max(10_000)
      .optional()
      .describe("Replay these dead letters (partition:offset in the dead-letter topic)"),
  })
  .refine((body) => body.reason !== undefined || body.deadLetters !== undefined, {
    message: "say which dead letters to replay: give reason or deadLetters",
    path: ["reason"],
  });

/** How often the stream pushes a new status. */
const pushEveryMs = 2000;

/**
 * Ops endpoints: the pipelines' status (JSON and a server-sent event stream) and the replay of
 * dead letters, each behind the ops authoriser (the OPS role). Status holds no client data, but its
 * dead-letter samples and lag are operational detail that not everyone who reaches the API may see.
 */
export function opsRoutes(sources: OpsSources, logger: Logger) {
  const reader = createOpsStatusReader(sources);
  return async (app: HttpApp) => {
    app.get(
      "/v1/ops/status",
      {
        schema: {
          summary:
            "Throughput per partner, consumer lag per partition, dead letters by reason with samples, projection checkpoints and lag, component health",
          description:
            "Needs a staff token with the OPS role: dead-letter samples and lag are operational detail.",
          security: bearer,
          response: { 200: opsStatus },
        },
      },
      async (request) => {
        await sources.authorise(request);
        return reader.status();
      },
    );

    app.get(
      "/v1/ops/stream",
      {
        schema: {
          summary: "The same status as server-sent events (`event: status`), every two seconds",
          description:
            "Needs a staff token with the OPS role in the Authorization header (read the stream with fetch; EventSource cannot send one).",
          security: bearer,
        },
      },
      async (request, reply) => {
        // Refused before the stream opens, so a missing or wrong token gets its problem+json.
        await sources.authorise(request);
        reply.hijack();
        const raw = reply.raw;
        raw.writeHead(200, {
          "content-type": "text/event-stream; charset=utf-8",
          "cache-control": "no-store",
          connection: "keep-alive",
        });
        let open = true;
        const push = async () => {
          try {
            const status = await reader.status();
            if (open) raw.write(`event: status\ndata: ${JSON.stringify(status)}\n\n`);
          } catch (error) {
            request.log.warn({ err: error }, "ops status could not be read");
            if (open) raw.write(`event: unavailable\ndata: ${JSON.stringify({ detail: String(error) })}\n\n`);
          }
        };
        const timer = setInterval(push, pushEveryMs);
        request.raw.on("close", () => {
          open = false;
          clearInterval(timer);
        });
        await push();
      },
    );

    app.post(
      "/v1/ops/dead-letters/replay",
      {
        schema: {
          summary:
            "Sends chosen dead letters of one partner back to its topic (needs an ops credential); the recorder judges them again",
          body: replayBody,
          response: { 200: z.object({ partner: z.string(), replayed: z.number() }) },
        },
      },
      async (request) => {
        const { user } = await sources.authorise(request);
        const { partner, reason, deadLetters } = request.body;
        const topic = sources.topics.find((candidate) => candidate.partner === partner);
        if (topic === undefined) {
          throw new BzError("HTTP_INVALID_REQUEST", `unknown partner ${partner}`, {
            details: {
              invalidParams: [
                {
                  name: "body.partner",
                  reason: `expected one of ${sources.topics.map((t) => t.partner).join(", ")}`,
                },
              ],
            },
          });
        }
        const chosen = new Set(deadLetters ?? []);
        const replayed = await sources.deadLetters.replay(
          topic.deadLetterTopic,
          (letter) =>
            (reason === undefined || letter.reason === reason) &&
            (deadLetters === undefined || chosen.has(`${letter.partition}:${letter.offset}`)),
        );
        logger.info({ user, partner, reason, replayed }, "dead letters replayed");
        return { partner, replayed };
      },
    );
  };
}
