// The embedded platform as `make demo` runs it: PGlite, the embedded event log, every service in one
// process. An event posted to the gateway reaches the timeline; after a restart on the same data
// folder it is still there, once, even when the partner posts it again.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger } from "@bz/observability";
import { sampleEventWithBsn } from "@bz/partner-sdk/testing";
import { type Platform, startPlatform } from "@bz/platform";
import { createPseudonymizer, parsePseudonymKeys } from "@bz/privacy";
import { freePort, waitFor } from "@bz/testkit";
import { afterAll, describe, expect, it } from "vitest";

const dataDir = mkdtempSync(join(tmpdir(), "bz-platform-"));
const logger = createLogger({ service: "platform-test", level: "silent" });
let running: Platform | undefined;
afterAll(async () => {
  await running?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function start(rate: number): Promise<Platform> {
  const port = await freePort();
  const gatewayPort = await freePort();
  running = await startPlatform({ dataDir, host: "127.0.0.1", port, gatewayPort, rate, logger });
  return running;
}

async function timelineIds(platform: Platform, subject: string): Promise<string[]> {
  const response = await fetch(
    `${platform.url}/v1/clients/${encodeURIComponent(subject)}/timeline?limit=500`,
    {
      headers: {
        authorization: `Bearer ${await platform.issueToken({
          bz_kind: "staff",
          sub: "test-professional",
          bz_org: "TRAJEKT",
          bz_roles: ["PROFESSIONAL"],
        })}`,
      },
    },
  );
  // 404 until the recorder stored the client's first event (an unknown client looks like any other).
  if (response.status === 404) return [];
  return ((await response.json()) as { entries: { eventId: string }[] }).entries.map(
    (entry) => entry.eventId,
  );
}

async function post(platform: Platform, body: unknown): Promise<Response> {
  const key = readFileSync(platform.apiKeyFile, "utf8").match(/^trajekt=(.+)$/m)?.[1] ?? "";
  return fetch(`${platform.gatewayUrl}/v1/events`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

describe("embedded platform", () => {
  it("takes a gateway event to the timeline and keeps it, once, across a restart and a re-post", async () => {
    const first = await start(20);
    const event = sampleEventWithBsn("ContactDelivered", { publisher: "TRAJEKT" });
    const posted = await post(first, event);
    expect(posted.status).toBe(202);
    expect(((await posted.json()) as { eventIds: string[] }).eventIds).toEqual([event.eventId]);

    // The platform's own key turns the BSN into the subject pseudonym, as the gateway did.
    const keys = parsePseudonymKeys(readFileSync(join(dataDir, "pseudonym.key"), "utf8").trim());
    const subject = createPseudonymizer(keys.current, keys.older).pseudonymize(event.bsn);
    await waitFor(async () => (await timelineIds(first, subject)).includes(event.eventId), {
      what: "the posted event in the client's timeline",
    });
    await first.stop();
    running = undefined;

    const second = await start(0);
    expect(await timelineIds(second, subject)).toEqual([event.eventId]);
    // The demo's analyst key opens the ward figures; with a few simulated clients they are small
    // cells, so every count shown is 0 or at least 10.
    const analystKey = readFileSync(second.analystKeyFile, "utf8").trim();
    const figures = await fetch(`${second.url}/v1/wards/DISTRICT/indicators?indicator=clients-in-care`, {
      headers: { authorization: `Bearer ${analystKey}` },
    });
    expect(figures.status).toBe(200);
    const shown = ((await figures.json()) as { figures: { value: number | null; status: string }[] }).figures;
    expect(shown.length).toBeGreaterThan(0);
    expect(
      shown.every((f) =>
        f.status === "SUPPRESSED" ? f.value === null : f.value === 0 || (f.value ?? 0) >= 10,
      ),
    ).toBe(true);
    // The partner did not see the 202 and posts again after the restart, with one new event behind
    // it: same subject, so same partition, so once the new one shows the repeat was handled too.
    const next = sampleEventWithBsn("ContactDelivered", { publisher: "TRAJEKT" });
    expect((await post(second, { events: [event, next] })).status).toBe(202);
    await waitFor(async () => (await timelineIds(second, subject)).includes(next.eventId), {
      what: "the event behind the repeat in the timeline",
    });
    expect((await timelineIds(second, subject)).sort()).toEqual([event.eventId, next.eventId].sort());
    await second.stop();
    running = undefined;

    // The BSN never reached storage: not in the event log's segments, not in PGlite's files, nowhere
    // in the data folder (as text or as the bytes of its number).
    const files = readdirSync(dataDir, { recursive: true, withFileTypes: true }).filter((entry) =>
      entry.isFile(),
    );
    expect(files.length).toBeGreaterThan(10);
    const needles = [Buffer.from(event.bsn), Buffer.from(event.bsn, "utf16le")];
    const holding = files
      .map((file) => join(file.parentPath, file.name))
      .filter((path) => needles.some((needle) => readFileSync(path).includes(needle)));
    expect(holding).toEqual([]);
    // The same search does find what was stored: the event's id, in the log and in PGlite.
    const withId = files.filter((file) =>
      readFileSync(join(file.parentPath, file.name)).includes(Buffer.from(event.eventId)),
    );
    expect(withId.length).toBeGreaterThanOrEqual(2);
  });
});
