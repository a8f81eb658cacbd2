// The client timeline viewer in a real browser against the embedded platform. Partners post a
// client's events through the gateway: Trajekt's social-support episode and contact and the
// client's consent for Envida, and Envida's own episode (its care relationship). Switching the
// professional in the page changes what it shows, exactly as consent and the relationship say:
// Trajekt sees its own record, Envida its own plus Trajekt's under the consent, Radar nothing.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { StaffRole } from "@bz/auth";
import { createLogger } from "@bz/observability";
import { sampleEventWithBsn } from "@bz/partner-sdk/testing";
import { type Platform, startPlatform } from "@bz/platform";
import { createPseudonymizer, parsePseudonymKeys } from "@bz/privacy";
import { freePort, waitFor } from "@bz/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserSession, openBrowser } from "./browser.ts";

const dataDir = mkdtempSync(join(tmpdir(), "bz-timeline-viewer-"));
let platform: Platform;
let browser: BrowserSession;
let subject: string;
const at = "2026-10-01T09:00:00.000Z";

async function post(partner: string, events: unknown[]): Promise<void> {
  const key =
    readFileSync(platform.apiKeyFile, "utf8").match(new RegExp(`^${partner}=(.+)$`, "m"))?.[1] ?? "";
  const response = await fetch(`${platform.gatewayUrl}/v1/events`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify({ events }),
  });
  expect(response.status, await response.clone().text()).toBe(202);
}

const staff = (org: string, roles: StaffRole[] = ["PROFESSIONAL"]) =>
  platform.issueToken({ bz_kind: "staff", sub: `test-${org.toLowerCase()}`, bz_org: org, bz_roles: roles });

beforeAll(async () => {
  platform = await startPlatform({
    dataDir,
    host: "127.0.0.1",
    port: await freePort(),
    gatewayPort: await freePort(),
    rate: 0,
    logger: createLogger({ service: "timeline-viewer-test", level: "silent" }),
  });
  const trajekt = { publisher: "TRAJEKT", occurredAt: at, financingDomain: "WMO" };
  const episode = sampleEventWithBsn("CareEpisodeStarted", { ...trajekt, dataCategory: "SOCIAL_SUPPORT" });
  const bsn = episode.bsn;
  await post("trajekt", [
    episode,
    sampleEventWithBsn("ContactDelivered", { ...trajekt, bsn, dataCategory: "SOCIAL_SUPPORT" }),
    sampleEventWithBsn("ConsentGranted", {
      ...trajekt,
      bsn,
      financingDomain: null,
      recipients: ["ENVIDA"],
      dataCategories: ["SOCIAL_SUPPORT"],
      purpose: "CARE_COORDINATION",
      validUntil: null,
      grantor: "CLIENT",
    }),
  ]);
  await post("envida", [
    sampleEventWithBsn("CareEpisodeStarted", {
      publisher: "ENVIDA",
      bsn,
      occurredAt: at,
      financingDomain: "ZVW",
      dataCategory: "HOME_CARE",
      referralId: null,
    }),
  ]);
  const keys = parsePseudonymKeys(readFileSync(join(dataDir, "pseudonym.key"), "utf8").trim());
  subject = createPseudonymizer(keys.current, keys.older).pseudonymize(bsn);
  const trajektToken = await staff("TRAJEKT");
  await waitFor(
    async () => {
      const response = await fetch(`${platform.url}/v1/clients/${encodeURIComponent(subject)}/timeline`, {
        headers: { authorization: `Bearer ${trajektToken}` },
      });
      return (
        response.status === 200 && ((await response.json()) as { entries: unknown[] }).entries.length === 3
      );
    },
    { what: "Trajekt's three events in the client's timeline", timeoutMs: 60_000 },
  );
  browser = await openBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("client timeline viewer", () => {
  it("shows each professional what consent and the care relationship allow, and switching changes it", async () => {
    const { page } = browser;
    await page.goto(`${platform.url}/dashboard/#/timeline`);
    await page.getByRole("heading", { level: 1, name: "Client timeline" }).waitFor();
    const identities: [string, string][] = [
      ["Trajekt social worker", await staff("TRAJEKT")],
      ["Envida nurse", await staff("ENVIDA")],
      ["Radar counsellor", await staff("RADAR")],
      ["Trajekt privacy officer", await staff("TRAJEKT", ["PRIVACY_OFFICER"])],
    ];
    await page.getByText("Add a demo identity").click();
    for (const [label, token] of identities) {
      await page.getByLabel("Name").fill(label);
      await page.getByLabel("Bearer token").fill(token);
      await page.getByRole("button", { name: "Add" }).click();
    }
    await page.getByLabel("Client (pseudonym)").fill(subject);
    await page.getByLabel("Access log read as").selectOption({ label: "Trajekt privacy officer" });

    const rows = async () => {
      const table = page.locator("section", { has: page.locator("#timeline-heading") }).locator("table");
      await table.waitFor();
      return table
        .locator("tbody tr")
        .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => (td.textContent ?? "").trim())));
    };
    const viewAs = async (label: string) => {
      await page.getByLabel("Viewing as").selectOption({ label });
      await page.getByRole("heading", { level: 2, name: `What ${label} sees` }).waitFor();
    };

    await viewAs("Trajekt social worker");
    const ownRows = await rows();
    expect(ownRows.map((r) => r[2])).toEqual(["TRAJEKT", "TRAJEKT", "TRAJEKT"]);
    expect(ownRows.every((r) => r[4] === "own organisation's record")).toBe(true);

    await viewAs("Envida nurse");
    const envidaRows = await rows();
    // Envida's own episode, and Trajekt's social-support episode and contact under the consent; not
    // the consent itself, whose category (CONSENT) the client did not share.
    expect(envidaRows.map((r) => `${r[1]} ${r[2]}`).sort()).toEqual([
      "CareEpisodeStarted ENVIDA",
      "CareEpisodeStarted TRAJEKT",
      "ContactDelivered TRAJEKT",
    ]);
    for (const row of envidaRows.filter((r) => r[2] === "TRAJEKT")) {
      expect(row[4]).toMatch(/^client's consent \+ care relationship \(.+\)$/);
    }

    // Radar has no care relationship and no consent: the same answer as for an unknown client.
    await page.getByLabel("Viewing as").selectOption({ label: "Radar counsellor" });
    await page
      .locator("section", { has: page.locator("#timeline-heading") })
      .getByRole("alert")
      .waitFor();
    expect(await page.locator("#timeline-heading").textContent()).toBe("What this professional sees");

    // The privacy officer's view of the access log names each professional who looked.
    const log = page.locator("section", { has: page.locator("#log-heading") }).locator("table tbody");
    await waitFor(async () => (await log.textContent())?.includes("ENVIDA") === true, {
      what: "Envida's read in the client's access log",
      timeoutMs: 30_000,
    });
    expect(await log.textContent()).toContain("test-trajekt (TRAJEKT)");
    await browser.screenshot("timeline-viewer");
  });
});
