import { PassThrough } from "node:stream";
import { createSqlEventStore, type EventStore } from "@bz/event-store";
import { recordProjectionError } from "@bz/projections";
import { createPgliteClient, type SqlClient } from "@bz/sql";
import { knownHistory } from "@bz/ward-views/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runProjectionsCommand } from "./projections-command.ts";

let sql: SqlClient;
let store: EventStore;
const history = knownHistory();

function capture() {
  const out = new PassThrough();
  let text = "";
  out.on("data", (chunk: Buffer) => {
    text += chunk.toString();
  });
  return { out, text: () => text };
}

const run = async (args: string[], progressBar = false) => {
  const { out, text } = capture();
  const code = await runProjectionsCommand(args, {
    store,
    sql,
    head: async () => BigInt(history.length),
    out,
    progressBar,
  });
  return { code, text: text() };
};

beforeAll(async () => {
  sql = await createPgliteClient();
  store = await createSqlEventStore(sql);
  for (const event of history) {
    await store.appendToStream(event.streamId, [
      { eventId: event.eventId, type: event.type, data: event.data, metadata: event.metadata },
    ]);
  }
});
afterAll(async () => {
  await store.close();
  await sql.close();
});

describe("platform projections", () => {
  it("status shows each projection's checkpoint, the head and the lag; rebuild all replays with a progress bar and swaps in", async () => {
    const before = await run(["projections", "status"]);
    expect(before.code).toBe(0);
    expect(before.text).toMatch(/ward-views\s+-\s+27\s+28\s+-/);
    const rebuilt = await run(["projections", "rebuild", "all"], true);
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.text).toContain("client-timeline: rebuilt and swapped in at position 27");
    expect(rebuilt.text).toContain("ward-views: rebuilt and swapped in at position 27");
    expect(rebuilt.text).toMatch(/100% \| 27\/27 \| \d+ events\/s/);
    const after = await run(["projections", "status"]);
    expect(after.text).toMatch(/ward-views\s+27\s+27\s+0\s+-/);
    expect(after.text).toMatch(/client-timeline\s+27\s+27\s+0\s+-/);
  });

  it("status shows a projection's last error and exits 1; a rebuild clears it", async () => {
    await recordProjectionError(sql, "ward-views", new Error("disk full"));
    const failed = await run(["projections", "status"]);
    expect(failed.code).toBe(1);
    expect(failed.text).toMatch(/ward-views .*Error: disk full/);
    await run(["projections", "rebuild", "ward-views"]);
    expect((await run(["projections", "status"])).code).toBe(0);
  });

  it("answers a wrong command with the usage and exit code 2", async () => {
    const wrong = await run(["projections", "rebuild", "nope"]);
    expect(wrong.code).toBe(2);
    expect(wrong.text).toContain("usage:");
    expect((await run(["other"])).code).toBe(2);
  });
});
