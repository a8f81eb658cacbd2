// The first start of `make demo`: the simulated history of the four wards goes through the
// partners' path into the embedded platform while it serves. Here a short period of it (the demo
// sends 2016 to now): every event is recorded once and projected, nothing is dead-lettered, the
// analyst API shows ward figures, and a first start stopped half way resumes without duplicates.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger } from "@bz/observability";
import {
  continuedHistory,
  type FirstStartWork,
  type Platform,
  simulatedHistory,
  startPlatform,
} from "@bz/platform";
import { loadScenario, seededRandom, simulateHistory } from "@bz/simulation";
import { freePort, waitFor } from "@bz/testkit";
import { afterEach, describe, expect, it } from "vitest";

const logger = createLogger({ service: "first-start-test", level: "silent" });
const cleanup: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

/** Three months of history, ending at a fixed moment so every run makes the same events. */
const period = { from: "2026-06", now: Date.UTC(2026, 8, 10) };

async function start(
  dataDir: string,
  work: FirstStartWork = simulatedHistory({ dataDir, ...period }),
  live?: FirstStartWork,
): Promise<Platform> {
  const platform = await startPlatform({
    dataDir,
    host: "127.0.0.1",
    port: await freePort(),
    gatewayPort: await freePort(),
    rate: 0,
    logger,
    firstStart: work,
    ...(live === undefined ? {} : { live }),
  });
  cleanup.push(() => platform.stop()); // a second stop does nothing
  return platform;
}

interface Status {
  partners: { partner: string; received: number; recorded: number; deadLetters: number }[];
  projections: { name: string; checkpoint: number | null; head: number | null }[];
}

async function opsStatus(platform: Platform): Promise<Status> {
  const response = await fetch(`${platform.url}/v1/ops/status`, {
    headers: { authorization: `Bearer ${platform.opsToken}` },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Status;
}

/** Waits until the first start is done and every recorded event is projected; the count stored. */
async function settled(platform: Platform): Promise<{ total: number; status: Status }> {
  const { total } = await waitFor(
    () => {
      const progress = platform.firstStart();
      if (progress.state === "failed") throw new Error(`the first start failed: ${progress.error}`);
      return progress.state === "done" ? progress : undefined;
    },
    { what: "the first start sending the whole history", timeoutMs: 240_000, intervalMs: 200 },
  );
  const status = await waitFor(
    async () => {
      const status = await opsStatus(platform);
      const recorded = status.partners.every((p) => p.recorded === p.received);
      const projected =
        status.projections.length >= 2 &&
        status.projections.every((p) => p.checkpoint !== null && p.checkpoint === p.head);
      return recorded && projected ? status : undefined;
    },
    {
      what: "the recorder and the projections catching up with the history",
      timeoutMs: 240_000,
      intervalMs: 200,
    },
  );
  return { total, status };
}

describe("the first start sends the simulated history through the partners' path", () => {
  it("records and projects every event once, dead-letters none, and the ward figures answer", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "bz-first-start-history-"));
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const platform = await start(dataDir);
    const { total, status } = await settled(platform);
    expect(total).toBeGreaterThan(1_000);
    // Gap-free positions from 1: a store whose head is `total` holds exactly the history, once.
    for (const projection of status.projections) {
      expect([projection.name, projection.head, projection.checkpoint]).toEqual([
        projection.name,
        total,
        total,
      ]);
    }
    expect(status.partners.reduce((sum, p) => sum + p.received, 0)).toBe(total);
    expect(status.partners.filter((p) => p.received > 0).length).toBeGreaterThanOrEqual(7);
    for (const partner of status.partners) expect(partner.deadLetters, partner.partner).toBe(0);

    const analyst = await platform.issueToken({
      bz_kind: "staff",
      sub: "test-analyst",
      bz_org: "TRAJEKT",
      bz_roles: ["ANALYST"],
    });
    const response = await fetch(`${platform.url}/v1/wards/DISTRICT/indicators?indicator=clients-in-care`, {
      headers: { authorization: `Bearer ${analyst}` },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { figures: { period: string; value?: number | null }[] };
    const quarters = new Set(body.figures.map((f) => f.period));
    expect(quarters).toContain("2026-Q3");
    expect(body.figures.some((f) => typeof f.value === "number" && f.value > 0)).toBe(true);
  });

  it("resumes a first start stopped half way, and the store keeps each event once", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "bz-first-start-resume-"));
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
    // The platform is stopped from inside a progress report, after a third of the history: the
    // stop aborts the first start before its next batch, whatever the machine's speed.
    let first: Platform | undefined;
    let stopping: Promise<void> | undefined;
    const halting: FirstStartWork = (context) =>
      simulatedHistory({ dataDir, ...period, windowSize: 200 })({
        ...context,
        progress(done, total) {
          context.progress(done, total);
          if (first !== undefined && stopping === undefined && total > 0 && done >= total / 3)
            stopping = first.stop();
        },
      });
    first = await start(dataDir, halting);
    const started = first;
    await waitFor(() => stopping !== undefined, {
      what: "a third of the history sent",
      timeoutMs: 240_000,
      intervalMs: 20,
    });
    await stopping;
    expect(started.firstStart().done).toBeLessThan(started.firstStart().total);
    expect(started.firstStart().state).toBe("stopped");

    const again = await start(dataDir);
    const { total, status } = await settled(again);
    // The first third went out twice; the store and the projections hold it once.
    expect(status.partners.reduce((sum, p) => sum + p.received, 0)).toBeGreaterThan(total);
    for (const projection of status.projections) {
      expect([projection.name, projection.head, projection.checkpoint]).toEqual([
        projection.name,
        total,
        total,
      ]);
    }
    // A third start finds the marker and sends nothing.
    await again.stop();
    cleanup.pop();
    const third = await start(dataDir);
    expect(third.firstStart().state).toBe("done");
  });

  it("continues the history live: its events past the first start go out as their moment comes, each once", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "bz-first-start-live-"));
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const day = 24 * 3600 * 1000;
    let now = period.now + 10 * day;
    const live = () => continuedHistory({ dataDir, ...period, clock: () => now, checkEveryMs: 100 });
    const platform = await start(dataDir, undefined, live());
    const { total } = await settled(platform);

    // The same history, made here from the kept period: the events due by the test's clock.
    const kept = JSON.parse(readFileSync(join(dataDir, "first-start-history.json"), "utf8")) as {
      from: number;
      to: number;
      horizon: number;
    };
    expect(kept.horizon).toBeGreaterThan(kept.to);
    const scenario = loadScenario();
    const future = simulateHistory({
      scenario,
      random: seededRandom(scenario.seed),
      from: kept.from,
      to: kept.horizon,
      identity: { pseudonymize: (bsn) => bsn, pseudonymizeHousehold: (key) => key },
    }).events.filter((event) => Date.parse(event.occurredAt) >= kept.to);
    const due = () => future.filter((event) => Date.parse(event.occurredAt) <= now).length;
    expect(due()).toBeGreaterThan(0);
    expect(due()).toBeLessThan(future.length);

    const caughtUp = (platform: Platform, what: string) =>
      waitFor(
        async () => {
          const status = await opsStatus(platform);
          const head = total + due();
          return (
            platform.live().done === due() &&
            status.partners.every((p) => p.recorded === p.received) &&
            status.projections.every((p) => p.head === head && p.checkpoint === head)
          );
        },
        { what, timeoutMs: 120_000, intervalMs: 200 },
      );
    await caughtUp(platform, "the events due ten days past the first start recorded and projected");
    expect(platform.live().state).toBe("running");

    // The clock moves on: the next weeks of the history follow.
    now += 20 * day;
    await caughtUp(platform, "the events due thirty days past the first start recorded and projected");

    // A restart resumes from the note in the data folder: nothing goes out twice.
    await platform.stop();
    cleanup.pop();
    const again = await start(dataDir, undefined, live());
    expect(again.firstStart().state).toBe("done");
    await caughtUp(again, "the restarted platform at the same point of the history");
    const status = await opsStatus(again);
    expect(status.partners.reduce((sum, p) => sum + p.received, 0)).toBe(total + due());
    for (const partner of status.partners) expect(partner.deadLetters, partner.partner).toBe(0);
  });
});
