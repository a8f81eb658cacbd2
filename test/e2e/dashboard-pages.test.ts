// The ward overview and client timeline pages in a real browser, against FIXTURE answers in the
// documented shapes of the ward indicators API (issue 12) and the token-based timeline (issue 11).
// These check the pages' own behaviour (suppression markers, definitions on hover, identity
// switching); once those APIs are merged, the running-platform tests in dashboard.test.ts cover them.
import { createSigningKey, createTokenVerifier } from "@bz/auth";
import { createSqlEventStore, type EventStore } from "@bz/event-store";
import { createLogger } from "@bz/observability";
import { buildQueryApi } from "@bz/query-api";
import { createPgliteClient, type SqlClient } from "@bz/sql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserSession, openBrowser } from "./browser.ts";

const wards = ["WITTEVROUWENVELD", "WYCKERPOORT", "NAZARETH", "LIMMEL", "DISTRICT"];
const periods = ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2025"];
const ids = [
  "clients-in-care",
  "costs-social-domain",
  "costs-mental-health-zvw",
  "stacked-care-households",
  "coordinated-households",
  "referrals-made",
  "referrals-accepted",
  "referrals-rejected",
  "referrals-unanswered",
  "positive-health-body-functions",
  "positive-health-mental-wellbeing",
  "positive-health-meaning",
  "positive-health-quality-of-life",
  "positive-health-participation",
  "positive-health-daily-functioning",
];

/** Fixture figures: every cell published with a made-up value, except Limmel's 2025-Q2 clients in care. */
function figuresOf(indicator: string) {
  return wards.flatMap((ward, w) =>
    periods.map((period, p) => {
      const hidden = indicator === "clients-in-care" && ward === "LIMMEL" && period === "2025-Q2";
      return {
        indicator,
        version: 1,
        ward,
        period,
        periodStart: "2025-01-01",
        periodEnd: "2025-12-31",
        value: hidden ? null : indicator.startsWith("positive-health") ? 5 + w / 2 : 100 + 10 * w + p,
        status: hidden ? "SUPPRESSED" : "PUBLISHED",
        reason: hidden ? "PRIMARY" : null,
        storePosition: "42",
      };
    }),
  );
}

const timelines: Record<string, unknown[]> = {
  "token-trajekt": [
    {
      eventId: "00000000-0000-4000-8000-000000000001",
      eventType: "ContactDelivered",
      occurredAt: "2025-03-01T10:00:00Z",
      publisher: "TRAJEKT",
      financingDomain: "WMO",
      access: { kind: "OWN_DATA" },
    },
  ],
  "token-mondriaan": [
    {
      eventId: "00000000-0000-4000-8000-000000000001",
      eventType: "ContactDelivered",
      occurredAt: "2025-03-01T10:00:00Z",
      publisher: "TRAJEKT",
      financingDomain: "WMO",
      access: { kind: "CONSENT", consentId: "consent-7" },
    },
    {
      eventId: "00000000-0000-4000-8000-000000000002",
      eventType: "CareEpisodeStarted",
      occurredAt: "2025-02-01T09:00:00Z",
      publisher: "MONDRIAAN",
      financingDomain: "ZVW",
      access: { kind: "OWN_DATA" },
    },
  ],
};

let sql: SqlClient;
let store: EventStore;
let url: string;
let close: () => Promise<unknown>;
let browser: BrowserSession;

beforeAll(async () => {
  sql = await createPgliteClient();
  store = await createSqlEventStore(sql);
  const key = await createSigningKey();
  const api = await buildQueryApi({
    readModels: sql,
    store,
    auth: createTokenVerifier({ jwks: key.jwks, issuer: "bz-dashboard-test", audience: "bz-query-api" }),
    logger: createLogger({ service: "dashboard-pages-test", level: "silent" }),
  });
  url = await api.listen({ host: "127.0.0.1", port: 0 });
  close = () => api.close();
  browser = await openBrowser();
  // Fixture answers in the other routes' documented shapes, given to the page by the browser (the
  // real query API is not asked), so this tests how the pages render them.
  await browser.page.route("**/v1/indicators", (route) =>
    route.fulfill({
      contentType: "application/json",
      body: JSON.stringify({
        indicators: ids.map((id) => ({
          id,
          version: 1,
          title: `Title of ${id}`,
          description: `Definition of ${id}.`,
          unit: "clients",
        })),
      }),
    }),
  );
  await browser.page.route("**/v1/indicators/*", (route) => {
    const id = decodeURIComponent(new URL(route.request().url()).pathname.split("/").pop() ?? "");
    return route.fulfill({
      contentType: "application/json",
      body: JSON.stringify({ figures: figuresOf(id) }),
    });
  });
  // Timelines per bearer token, as the consent filter would answer them for these two identities.
  await browser.page.route("**/v1/clients/*/timeline*", (route) => {
    const token = /^Bearer (.+)$/.exec(route.request().headers().authorization ?? "")?.[1] ?? "";
    return route.fulfill({
      contentType: "application/json",
      body: JSON.stringify({ subject: "k1:c", entries: timelines[token] ?? [], breakGlass: null }),
    });
  });
  await browser.page.route("**/v1/clients/*/access-log*", (route) =>
    route.fulfill({
      contentType: "application/json",
      body: JSON.stringify({ subject: "k1:c", entries: [] }),
    }),
  );
});
afterAll(async () => {
  await browser?.close();
  await close?.();
  await store?.close();
  await sql?.close();
});

describe("dashboard pages (fixture answers)", () => {
  it("marks a suppressed cell with its reason and shows each figure's definition and version", async () => {
    const { page } = browser;
    await page.goto(`${url}/dashboard/#/wards`);
    const table = page.locator("table", { has: page.locator("caption", { hasText: "per quarter" }) });
    await table.waitFor();
    const limmelQ2 = table.locator("tbody tr", { hasText: "2025-Q2" }).locator("td").nth(4);
    expect(await limmelQ2.textContent()).toBe("suppressed: small cell");
    expect(await limmelQ2.locator(".suppressed").getAttribute("title")).toBe(
      "suppressed: fewer people than the disclosure threshold",
    );
    const nazarethQ2 = table.locator("tbody tr", { hasText: "2025-Q2" }).locator("td").nth(3);
    expect(await nazarethQ2.textContent()).toBe("121");
    const heading = page.getByRole("heading", { name: "Care use per ward and quarter" });
    expect(await heading.getAttribute("title")).toContain("(clients-in-care v1)");
    // Four charts drawn by ECharts: care use, waterbed, the spider and the referral sankey.
    expect(await page.locator(".chart canvas").count()).toBe(4);
    expect(await page.locator(".error").count()).toBe(0);
    await browser.screenshot("wards-fixture");
  });

  it("switching the professional identity changes what the timeline shows, with each entry's basis", async () => {
    const { page } = browser;
    await page.goto(`${url}/dashboard/#/timeline`);
    await page.getByText("Add a demo identity").click();
    for (const [label, token] of [
      ["Trajekt social worker", "token-trajekt"],
      ["Mondriaan psychiatrist", "token-mondriaan"],
    ]) {
      await page.getByLabel("Name").fill(label ?? "");
      await page.getByLabel("Bearer token").fill(token ?? "");
      await page.getByRole("button", { name: "Add" }).click();
    }
    await page.getByLabel("Client (pseudonym)").fill("k1:c");
    await page.getByLabel("Viewing as").selectOption({ label: "Trajekt social worker" });
    await page.getByRole("button", { name: "Show" }).click();
    await page.getByText("1 entries, newest first").waitFor();
    expect(await page.locator("table", { hasText: "1 entries" }).textContent()).toContain(
      "own organisation's record",
    );

    await page.getByLabel("Viewing as").selectOption({ label: "Mondriaan psychiatrist" });
    await page.getByText("2 entries, newest first").waitFor();
    const shown = await page.locator("table", { hasText: "2 entries" }).textContent();
    expect(shown).toContain("client's consent + care relationship (consent-7)");
    expect(shown).toContain("CareEpisodeStarted");
    await browser.screenshot("timeline-fixture");
  });
});
