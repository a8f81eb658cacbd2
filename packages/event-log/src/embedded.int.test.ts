import { spawn } from "node:child_process";
import { appendFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isBzError } from "@bz/errors";
import { createEmbeddedEventLog, type EventLog, type LogRecord } from "@bz/event-log";
import { runEventLogContract } from "@bz/event-log/testing";
import { uniqueName, waitFor } from "@bz/testkit";
import { afterEach, describe, expect, it } from "vitest";

runEventLogContract("embedded", async () => {
  const dataDir = await mkdtemp(join(tmpdir(), "bz-event-log-"));
  const log = await createEmbeddedEventLog({ dataDir });
  return {
    log,
    topicName: uniqueName,
    async cleanup() {
      await log.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
});

describe("embedded event log on disk", () => {
  const dirs: string[] = [];
  const logs: EventLog[] = [];
  const open = async (dataDir: string, logger = silent()) => {
    const log = await createEmbeddedEventLog({ dataDir, logger });
    logs.push(log);
    return log;
  };
  const freshDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), "bz-event-log-"));
    dirs.push(dir);
    return dir;
  };
  afterEach(async () => {
    await Promise.all(logs.splice(0).map((log) => log.close()));
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it("keeps records and committed offsets across a close and reopen of its folder", async () => {
    const dataDir = await freshDir();
    const first = await open(dataDir);
    await first.createTopics([{ name: "care.envida.v1", partitions: 3 }]);
    await send(first, "care.envida.v1", 0, 10);
    const before = await consumeUntil(first, "recorder", 10);
    await waitFor(async () => sum(await first.committedOffsets("recorder", "care.envida.v1")) === 10, {
      what: "the group committing 10 offsets",
    });
    const ends = await first.endOffsets("care.envida.v1");
    await first.close();

    const second = await open(dataDir);
    expect(await second.endOffsets("care.envida.v1")).toEqual(ends);
    expect(sum(await second.committedOffsets("recorder", "care.envida.v1"))).toBe(10);
    await send(second, "care.envida.v1", 10, 15);
    const after = await consumeUntil(second, "recorder", 5);
    expect(after.map(text).sort()).toEqual(
      ["10", "11", "12", "13", "14"].map((n) => `k${Number(n) % 4}|${n}`).sort(),
    );
    const everything = await consumeUntil(second, "rebuild", 15);
    const earlier = everything.filter((r) => Number(text(r).split("|")[1]) < 10);
    expect(earlier.map(describeRecord).sort()).toEqual(before.map(describeRecord).sort());
  });

  it("cuts off a torn last record after a crash and appends after the whole ones", async () => {
    const dataDir = await freshDir();
    const first = await open(dataDir);
    await first.createTopics([{ name: "care.radar.v1", partitions: 1 }]);
    await send(first, "care.radar.v1", 0, 5);
    await first.close();
    // What a crash in the middle of writing a frame leaves: a length promising more than follows.
    await appendFile(
      join(dataDir, "topics", "care.radar.v1", "0.log"),
      Buffer.from([0, 0, 1, 0, 0xde, 0xad]),
    );

    const warnings: string[] = [];
    const second = await open(dataDir, {
      ...silent(),
      warn: (_fields, message) => {
        warnings.push(message ?? "");
      },
    });
    expect(warnings.some((w) => w.includes("torn"))).toBe(true);
    expect(await second.endOffsets("care.radar.v1")).toEqual([{ partition: 0, offset: "5" }]);
    await send(second, "care.radar.v1", 5, 8);
    const records = await consumeUntil(second, "reader", 8);
    expect(records.map((r) => r.offset)).toEqual(["0", "1", "2", "3", "4", "5", "6", "7"]);
  });

  it("keeps every acknowledged send of a process killed while sending", async () => {
    const dataDir = await freshDir();
    const embedded = join(import.meta.dirname, "embedded.ts");
    // The child sends batches of 10 and prints each acknowledged total, until it is killed.
    const script = `
      const { createEmbeddedEventLog } = await import(${JSON.stringify(embedded)});
      const log = await createEmbeddedEventLog({ dataDir: ${JSON.stringify(dataDir)} });
      await log.createTopics([{ name: "care.trajekt.v1", partitions: 2 }]);
      const producer = await log.producer();
      for (let n = 0; ; n += 10) {
        await producer.send("care.trajekt.v1", Array.from({ length: 10 }, (_, i) => ({
          key: "k" + ((n + i) % 4), value: Buffer.from("k" + ((n + i) % 4) + "|" + (n + i)) })));
        process.stdout.write((n + 10) + "\\n");
      }`;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let acknowledged = 0;
    child.stdout.on("data", (chunk: Buffer) => {
      const lines = chunk.toString().trim().split("\n");
      acknowledged = Math.max(acknowledged, Number(lines.at(-1)));
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    await waitFor(() => acknowledged >= 200 || child.exitCode !== null, {
      what: "the child acknowledging 200 sends",
    });
    expect(stderr).toBe("");
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));

    const log = await open(dataDir);
    expect(sum(await log.endOffsets("care.trajekt.v1"))).toBeGreaterThanOrEqual(acknowledged);
    const records = await consumeUntil(log, "reader", acknowledged);
    const numbers = new Set(records.map((r) => Number(text(r).split("|")[1])));
    for (let n = 0; n < acknowledged; n++) expect(numbers.has(n), `record ${n}`).toBe(true);
  });

  it("refuses unknown topics, a second open of the folder, and use after close", async () => {
    const dataDir = await freshDir();
    const log = await open(dataDir);
    const producer = await log.producer();
    const unknown = await producer
      .send("care.nobody.v1", [{ key: "k", value: Buffer.from("v") }])
      .catch((e) => e);
    expect(isBzError(unknown, "LOG_UNKNOWN_TOPIC")).toBe(true);
    const consumeUnknown = await log
      .consume({ groupId: "g", topics: ["care.nobody.v1"], handleBatch: async () => undefined })
      .catch((e: unknown) => e);
    expect(isBzError(consumeUnknown, "LOG_UNKNOWN_TOPIC")).toBe(true);
    expect(isBzError(await open(dataDir).catch((e: unknown) => e), "LOG_UNAVAILABLE")).toBe(true);
    await log.close();
    expect(isBzError(await log.endOffsets("x").catch((e: unknown) => e), "LOG_CLOSED")).toBe(true);
  });
});

function silent() {
  const nothing = (_fields: object, _message?: string) => undefined;
  return { debug: nothing, info: nothing, warn: nothing, error: nothing };
}

async function send(log: EventLog, topic: string, from: number, to: number): Promise<void> {
  const producer = await log.producer();
  const records = [];
  for (let n = from; n < to; n++) records.push({ key: `k${n % 4}`, value: Buffer.from(`k${n % 4}|${n}`) });
  await producer.send(topic, records);
  await producer.close();
}

/** Consumes every topic of the log's first send in `groupId` until `count` records came, then stops. */
async function consumeUntil(log: EventLog, groupId: string, count: number): Promise<LogRecord[]> {
  const records: LogRecord[] = [];
  const topics = ["care.envida.v1", "care.radar.v1", "care.trajekt.v1"];
  const existing: string[] = [];
  for (const topic of topics) {
    if (
      await log.endOffsets(topic).then(
        () => true,
        () => false,
      )
    )
      existing.push(topic);
  }
  const consumer = await log.consume({
    groupId,
    topics: existing,
    handleBatch: async (batch) => void records.push(...batch.records),
  });
  await waitFor(() => records.length >= count, { what: `group ${groupId} receiving ${count} records` });
  await consumer.stop();
  return records;
}

function sum(offsets: { offset: string }[]): number {
  return offsets.reduce((total, { offset }) => total + Number(offset), 0);
}

function text(record: LogRecord): string {
  return record.value.toString();
}

function describeRecord(record: LogRecord): string {
  return `${record.partition}:${record.offset}:${record.key}:${text(record)}`;
}
