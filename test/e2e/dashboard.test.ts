// The dashboard in a real browser (Debian's chromium through playwright-core) against the embedded
// platform as `make demo` runs it: simulated partners streaming, recorder, projector, query API.
import { partners } from "@bz/contracts";
import type { Platform } from "@bz/platform";
import type { OpsStatus } from "@bz/query-api";
import { waitFor } from "@bz/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPlatform, type TestPlatform } from "../support/embedded-platform.ts";
import { type BrowserSession, openBrowser } from "./browser.ts";

let started: TestPlatform | undefined;
let platform: Platform;
let browser: BrowserSession;

beforeAll(async () => {
  started = await startTestPlatform("dashboard", { rate: 20 });
  platform = started.platform;
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await started?.stop();
});

async function opsStatus(): Promise<OpsStatus> {
  const response = await fetch(`${platform.url}/v1/ops/status`, {
    headers: { authorization: `Bearer ${platform.opsToken}` },
  });
  return (await response.json()) as OpsStatus;
}

/** The text of each cell of the table whose caption is `caption`, row by row. */
async function tableRows(caption: string): Promise<string[][]> {
  const rows = browser.page.locator("table", { has: browser.page.locator("caption", { hasText: caption }) });
  return rows
    .locator("tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => (td.textContent ?? "").trim())),
    );
}

const number = (text: string | undefined) => Number((text ?? "").replaceAll(".", "").replace(",", "."));

describe("dashboard", () => {
  it("opens at the printed address, and the keyboard moves between the pages", async () => {
    const { page } = browser;
    await page.goto(platform.url);
    expect(new URL(page.url()).pathname).toBe("/dashboard/");
    await page.getByRole("heading", { level: 1, name: "Ward overview" }).waitFor();
    const nav = page.getByRole("navigation", { name: "Pages" });
    expect(await nav.getByRole("link").allTextContents()).toEqual([
      "Ward overview",
      "Client timeline",
      "Ops",
    ]);

    await nav.getByRole("link", { name: "Ops" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Ops: the pipelines" }).waitFor();
    expect(await nav.getByRole("link", { name: "Ops" }).getAttribute("aria-current")).toBe("page");
    expect(await page.title()).toContain("Ops");
  });

  it("shows the running platform's figures on the ops page only to the OPS role: records per partner, lag, health", async () => {
    const { page } = browser;
    await page.goto(`${platform.url}/dashboard/#/ops`);
    // Nothing of the pipelines shows without the OPS role: none, then a professional's token.
    await page.getByText("give the ops credential to see the pipelines").waitFor();
    expect(await page.locator("#ops-body table").count()).toBe(0);
    const credential = page.getByLabel("Bearer token (ops role)");
    await credential.fill(
      await platform.issueToken({
        bz_kind: "staff",
        sub: "nurse-1",
        bz_org: "ENVIDA",
        bz_roles: ["PROFESSIONAL"],
      }),
    );
    await page.getByRole("button", { name: "Connect" }).click();
    await page.getByText("not shown: this route needs a staff token with role OPS").waitFor();
    expect(await page.locator("#ops-body table").count()).toBe(0);
    await credential.fill(platform.opsToken);
    await page.getByRole("button", { name: "Connect" }).click();
    // The simulator sends to every partner's topic; the page shows what the event log holds.
    await waitFor(
      async () => {
        const rows = await tableRows("Records per partner topic");
        return rows.length === partners.length && rows.every((row) => number(row[2]) > 0);
      },
      {
        what: `a received count above 0 for each of the ${partners.length} partner topics on the ops page`,
        timeoutMs: 90_000,
      },
    );
    const shown = await tableRows("Records per partner topic");
    const status = await opsStatus();
    expect(shown.map((row) => row[0])).toEqual(status.partners.map((p) => p.partner));
    // The page's figures are the API's, a moment earlier: never more than what the log holds now.
    for (const [i, row] of shown.entries()) {
      expect(number(row[2])).toBeGreaterThan(0);
      expect(number(row[2])).toBeLessThanOrEqual(status.partners[i]?.received ?? 0);
    }
    await waitFor(
      async () => {
        const health = await tableRows("Readiness of each component");
        return ["recorder", "projector", "gateway"].every((name) =>
          health.some((row) => row[0] === name && row[1] === "up"),
        );
      },
      { what: "recorder, projector and gateway shown as up" },
    );
    await waitFor(async () => (await tableRows("Checkpoint and lag of each read model")).length > 0, {
      what: "the timeline projection's checkpoint on the ops page",
      timeoutMs: 90_000,
    });
    const partitions = await tableRows("Recorder group: committed offset against end offset");
    expect(partitions.length).toBe(partners.length * 3);
    await browser.screenshot("ops");
  });

  it("shows a bad record as a dead letter with its reason, and replays it with the ops credential", async () => {
    const { page } = browser;
    // A partner's own producer writes bytes that are not Avro single-object encoded (the gateway
    // would have refused them; a Kafka producer reaches the topic directly).
    const producer = await platform.eventLog.producer();
    await producer.send("care.trajekt.v1", [{ key: "k-bad", value: Buffer.from('{"not":"avro"}') }]);
    await producer.close();

    await page.goto(`${platform.url}/dashboard/#/ops`);
    const deadLetterRow = async () =>
      (await tableRows("Dead letters per partner and reason")).find(
        (row) => row[0] === "TRAJEKT" && row[1] === "CONTRACT_BAD_MARKER",
      );
    await waitFor(async () => number((await deadLetterRow())?.[2]) === 1, {
      what: "one TRAJEKT dead letter with reason CONTRACT_BAD_MARKER on the ops page",
      timeoutMs: 90_000,
    });
    const samples = page.locator("details", { hasText: "newest" }).first();
    await samples.locator("summary").click();
    expect(await samples.textContent()).toContain("from care.trajekt.v1");
    await browser.screenshot("ops-dead-letter");

    const replay = page.getByRole("button", {
      name: "Replay 1 dead letters of TRAJEKT with reason CONTRACT_BAD_MARKER",
    });
    // The credential given on the previous page view is kept for this tab, so the stream shows.
    await replay.click();
    await page.getByText("1 dead letter(s) of TRAJEKT with reason CONTRACT_BAD_MARKER sent back").waitFor();
    // The recorder judged it again and, the bytes still not Avro, dead-lettered it a second time.
    await waitFor(async () => number((await deadLetterRow())?.[2]) === 2, {
      what: "the replayed record back in the dead-letter topic (count 2)",
      timeoutMs: 90_000,
    });
  });
});
