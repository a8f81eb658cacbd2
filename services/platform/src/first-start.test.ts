import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEmbeddedEventLog, type EventLog } from "@bz/event-log";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FirstStartWork, startFirstStart } from "./first-start.ts";

let dataDir: string;
let log: EventLog;
beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "bz-first-start-"));
  log = await createEmbeddedEventLog({ dataDir: join(dataDir, "event-log") });
  await log.createTopics([{ name: "history", partitions: 2 }]);
});
afterEach(async () => {
  await log.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const total = 20;
/** Sends `total` records with fixed keys, one at a time, reporting each; stops when aborted. */
const history: FirstStartWork = async ({ producer, progress, signal }) => {
  for (let i = 0; i < total && !signal.aborted; i++) {
    await producer.send("history", [{ key: `k${i}`, value: Buffer.from(String(i)) }]);
    progress(i + 1, total);
  }
};

const sent = async () => (await log.endOffsets("history")).reduce((sum, end) => sum + Number(end.offset), 0);

describe("first start", () => {
  it("given a fresh data folder, when the platform starts, then the work runs to the end and is not run again", async () => {
    const producer = await log.producer();
    const first = startFirstStart(dataDir, history, {
      producer,
      pseudonymize: (bsn) => bsn,
      pseudonymizeHousehold: (key) => key,
    });
    expect(first.progress().state).toBe("running");
    await first.finished;
    expect(first.progress()).toEqual({ state: "done", done: total, total });
    expect(await sent()).toBe(total);

    const second = startFirstStart(dataDir, history, {
      producer,
      pseudonymize: (bsn) => bsn,
      pseudonymizeHousehold: (key) => key,
    });
    await second.finished;
    expect(second.progress().state).toBe("done");
    expect(await sent()).toBe(total);
    await producer.close();
  });

  it("given a stop part-way, then no marker is written and the next start runs the work again", async () => {
    const producer = await log.producer();
    let stopAfter: (() => void) | undefined;
    const reachedHalf = new Promise<void>((resolve) => {
      stopAfter = resolve;
    });
    const halting: FirstStartWork = (context) =>
      history({
        ...context,
        progress(done, all) {
          context.progress(done, all);
          if (done === total / 2) stopAfter?.();
        },
      });
    const first = startFirstStart(dataDir, halting, {
      producer,
      pseudonymize: (bsn) => bsn,
      pseudonymizeHousehold: (key) => key,
    });
    await reachedHalf;
    await first.stop();
    expect(first.progress().state).toBe("stopped");
    expect(first.progress().done).toBeLessThan(total);
    expect(existsSync(join(dataDir, "first-start.done"))).toBe(false);

    const again = startFirstStart(dataDir, history, {
      producer,
      pseudonymize: (bsn) => bsn,
      pseudonymizeHousehold: (key) => key,
    });
    await again.finished;
    expect(again.progress()).toEqual({ state: "done", done: total, total });
    await producer.close();
  });

  it("given a failing work, then the state says failed with the error and no marker is written", async () => {
    const producer = await log.producer();
    const failing = startFirstStart(
      dataDir,
      async () => {
        throw new Error("simulation broke");
      },
      { producer, pseudonymize: (bsn) => bsn, pseudonymizeHousehold: (key) => key },
    );
    await failing.finished;
    expect(failing.progress()).toMatchObject({ state: "failed", error: "Error: simulation broke" });
    expect(existsSync(join(dataDir, "first-start.done"))).toBe(false);
    await producer.close();
  });
});
