// Kill the projector with SIGKILL while it builds the timeline, restart it, and check that the read
// model holds every event exactly once: each batch commits together with its checkpoint.
import { createPostgresEventStore, type StreamAppend } from "@bz/event-store";
import { createCareSimulation } from "@bz/simulation";
import { useTestDatabase, waitFor } from "@bz/testkit";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { type ServiceProcess, startService } from "../support/service-process.ts";

const db = useTestDatabase();
const running: ServiceProcess[] = [];
afterAll(async () => {
  for (const service of running) await service.kill("SIGKILL");
});

async function query<Row>(sql: string): Promise<Row | undefined> {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    return (await client.query(sql)).rows[0] as Row | undefined;
  } catch (error) {
    // Before the projector's first start its tables do not exist yet.
    if ((error as { code?: string }).code === "42P01") return undefined;
    throw error;
  } finally {
    await client.end();
  }
}

const checkpoint = async () =>
  BigInt(
    (
      await query<{ position: string }>(
        "select position::text as position from projection_checkpoints where projection = 'client-timeline'",
      )
    )?.position ?? "-1",
  );

describe("projector killed with SIGKILL", () => {
  it("counts every event once in the timeline after restarts", async () => {
    const store = await createPostgresEventStore({ connectionString: db.url });
    const simulation = createCareSimulation({ seed: 9, clients: 500, pseudonymize: (bsn) => `pk:${bsn}` });
    const total = 20_000;
    for (let done = 0; done < total; done += 1000) {
      const at = new Date(Date.UTC(2026, 9, 1) + done * 1000);
      const appends: StreamAppend[] = Array.from({ length: 1000 }, () => {
        const event = simulation.nextEvent(at);
        return {
          streamId: `client-${event.subject}`,
          events: [{ eventId: event.eventId, type: event.eventType, data: { ...event } }],
        };
      });
      await store.appendBatch(appends);
    }
    const last = (await store.readAll({ after: BigInt(total - 2), maxCount: 10 })).at(-1)?.globalPosition;
    await store.close();
    expect(last).toBeDefined();

    const env = { BZ_DATABASE_URL: db.url };
    const killedAt: bigint[] = [];
    for (const fraction of [0.2, 0.6]) {
      const projector = startService("projector", env);
      running.push(projector);
      const seen = await waitFor(
        async () => {
          const position = await checkpoint();
          return position >= BigInt(Math.floor(total * fraction)) ? position : undefined;
        },
        {
          what: `the projector passing ${fraction * 100}% of the events\n${projector.output()}`,
          timeoutMs: 90_000,
          intervalMs: 10,
        },
      );
      await projector.kill("SIGKILL");
      killedAt.push(seen);
    }
    expect(killedAt.every((position) => position > 0n && position < (last ?? 0n))).toBe(true);

    const projector = startService("projector", env);
    running.push(projector);
    await waitFor(async () => (await checkpoint()) === last, {
      what: `the restarted projector reaching position ${last}\n${projector.output()}`,
      timeoutMs: 90_000,
    });
    await projector.kill("SIGTERM");
    const counts = await query<{ n: string; ids: string }>(
      "select count(*)::text as n, count(distinct event_id)::text as ids from timeline_entries",
    );
    expect(counts).toEqual({ n: String(total), ids: String(total) });
  });
});
