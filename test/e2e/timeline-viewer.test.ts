// The client timeline viewer in a real browser against the embedded platform. Partners post a
// client's events through the gateway: Trajekt's social-support episode and contact and the
// client's consent for Envida, and Envida's own episode (its care relationship). Switching the
// professional in the page changes what it shows, exactly as consent and the relationship say:
// Trajekt sees its own record, Envida its own plus Trajekt's under the consent, Radar nothing.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { StaffRole } from "@bz/auth";
import { sampleEventWithBsn } from "@bz/partner-sdk/testing";
import type { Platform } from "@bz/platform";
import { createPseudonymizer, parsePseudonymKeys } from "@bz/privacy";
import { waitFor } from "@bz/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPlatform, type TestPlatform } from "../support/embedded-platform.ts";
import { type BrowserSession, openBrowser } from "./browser.ts";

let started: TestPlatform | undefined;
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
  started = await startTestPlatform("timeline-viewer");
  platform = started.platform;
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
      recipientRoles: null,
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
  // Mondriaan treats the client too (a care relationship) but holds no consent: only break-glass
  // opens the others' records to it.
  await post("mondriaan", [
    sampleEventWithBsn("CareEpisodeStarted", {
      publisher: "MONDRIAAN",
      bsn,
      occurredAt: at,
      financingDomain: "ZVW",
      dataCategory: "MENTAL_HEALTH",
      referralId: null,
    }),
  ]);
  const keys = parsePseudonymKeys(readFileSync(join(started.dataDir, "pseudonym.key"), "utf8").trim());
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
  const mondriaanToken = await staff("MONDRIAAN");
  await waitFor(
    async () => {
      const response = await fetch(`${platform.url}/v1/clients/${encodeURIComponent(subject)}/timeline`, {
        headers: { authorization: `Bearer ${mondriaanToken}` },
      });
      return (
        response.status === 200 && ((await response.json()) as { entries: unknown[] }).entries.length === 1
      );
    },
    { what: "Mondriaan's own episode in the client's timeline", timeoutMs: 60_000 },
  );
  browser = await openBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await started?.stop();
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
    // Each read names the verified role it was made with.
    const roles = await log
      .locator("tr")
      .evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll("td")[3]?.textContent ?? ""));
    expect(roles.length).toBeGreaterThan(0);
    for (const role of roles) expect(role).toMatch(/^(PROFESSIONAL|PRIVACY_OFFICER)/);
    await browser.screenshot("timeline-viewer");
  });

  it("opens emergency access only with a care relationship and a reason, marks it, and logs it as emergency", async () => {
    const { page } = browser;
    await page.goto(`${platform.url}/dashboard/#/timeline`);
    await page.getByRole("heading", { level: 1, name: "Client timeline" }).waitFor();
    // The identities added before are kept for the tab; the form may still be open from then.
    const add = page.locator("details", { hasText: "Add a demo identity" });
    if ((await add.getAttribute("open")) === null) await add.locator("summary").click();
    for (const [label, token] of [
      ["Mondriaan psychiatrist", await staff("MONDRIAAN")],
      ["Radar counsellor (2)", await staff("RADAR")],
    ] as const) {
      await page.getByLabel("Name").fill(label);
      await page.getByLabel("Bearer token").fill(token);
      await page.getByRole("button", { name: "Add" }).click();
    }
    await page.getByLabel("Client (pseudonym)").fill(subject);
    const breakGlass = page.locator("section", { has: page.locator("#break-glass-heading") });
    const outcome = breakGlass.getByRole("status");
    const open = breakGlass.getByRole("button", { name: "Open emergency access" });

    // Radar has no care relationship: no emergency access, and the same answer as for an unknown client.
    await page.getByLabel("Viewing as").selectOption({ label: "Radar counsellor (2)" });
    await page
      .getByLabel("Reason for emergency access")
      .fill("client unconscious at the door, need medication history");
    await open.click();
    await waitFor(async () => /no client with this pseudonym/.test((await outcome.textContent()) ?? ""), {
      what: "Radar's emergency access refused as not found",
    });

    // Mondriaan, with its own episode, sees only that without consent.
    await page.getByLabel("Viewing as").selectOption({ label: "Mondriaan psychiatrist" });
    await page.getByRole("heading", { level: 2, name: "What Mondriaan psychiatrist sees" }).waitFor();
    const rows = async () =>
      page
        .locator("section", { has: page.locator("#timeline-heading") })
        .locator("table tbody tr")
        .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => (td.textContent ?? "").trim())));
    expect((await rows()).map((r) => r[2])).toEqual(["MONDRIAAN"]);

    // A reason too short is refused, naming what is missing; nothing opens.
    await page.getByLabel("Reason for emergency access").fill("urgent");
    await open.click();
    await waitFor(async () => /at least 10 characters/.test((await outcome.textContent()) ?? ""), {
      what: "the short reason refused with the rule it broke",
    });
    expect((await rows()).map((r) => r[2])).toEqual(["MONDRIAAN"]);

    await page
      .getByLabel("Reason for emergency access")
      .fill("crisis at night, client suicidal, need the care plan");
    await open.click();
    await page.getByText("Emergency access opened").waitFor();
    await page.getByText(/^Emergency access open until .+: crisis at night/).waitFor();
    const opened = await rows();
    // Every partner's record, without consent: that is what emergency access is for, and why it is reviewed.
    expect(opened.map((r) => `${r[1]} ${r[2]}`).sort()).toEqual([
      "CareEpisodeStarted ENVIDA",
      "CareEpisodeStarted MONDRIAAN",
      "CareEpisodeStarted TRAJEKT",
      "ConsentGranted TRAJEKT",
      "ContactDelivered TRAJEKT",
    ]);
    for (const row of opened.filter((r) => r[2] !== "MONDRIAAN")) {
      expect(row[4]).toMatch(/^emergency access \(break-glass\)/);
    }

    // The client's access log shows Mondriaan's emergency read to the privacy officer.
    await page.getByLabel("Access log read as").selectOption({ label: "Trajekt privacy officer" });
    await page.getByRole("button", { name: "Show", exact: true }).click();
    const log = page.locator("section", { has: page.locator("#log-heading") }).locator("table tbody tr");
    await waitFor(
      async () =>
        (await log.evaluateAll((trs) => trs.map((tr) => (tr.textContent ?? "").trim()))).some(
          (text) => text.includes("(MONDRIAAN)") && text.endsWith("yes"),
        ),
      { what: "Mondriaan's emergency read in the access log, marked as emergency", timeoutMs: 30_000 },
    );
    await browser.screenshot("timeline-break-glass");
  });
});
