// The ward overview in a real browser against the embedded platform after its first start: the
// simulated history went through the partners' path, the recorder and the ward projection, and the
// page shows what the analyst API publishes. Nine months of history keep the test short (the demo
// sends 2016 to now); the small wards then have small cells, which must show as suppressed.
import { readFileSync } from "node:fs";
import { type Platform, simulatedHistory } from "@bz/platform";
import { waitFor } from "@bz/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPlatform, type TestPlatform } from "../support/embedded-platform.ts";
import { type BrowserSession, openBrowser } from "./browser.ts";

let started: TestPlatform | undefined;
let platform: Platform;
let browser: BrowserSession;
let analyst: string;

interface Figure {
  ward: string;
  period: string;
  value: number | null;
  status: string;
}

beforeAll(async () => {
  started = await startTestPlatform("ward-overview", (dataDir) => ({
    firstStart: simulatedHistory({ dataDir, from: "2026-01", now: Date.UTC(2026, 8, 20) }),
  }));
  platform = started.platform;
  const ops = { authorization: `Bearer ${platform.opsToken}` };
  await waitFor(
    async () => {
      const progress = platform.firstStart();
      if (progress.state === "failed") throw new Error(`the first start failed: ${progress.error}`);
      if (progress.state !== "done") return false;
      const status = (await (await fetch(`${platform.url}/v1/ops/status`, { headers: ops })).json()) as {
        projections: { checkpoint: number | null; head: number | null }[];
      };
      return (
        status.projections.length > 0 &&
        status.projections.every((p) => p.head === progress.total && p.checkpoint === p.head)
      );
    },
    { what: "the first start's history recorded and projected", timeoutMs: 240_000, intervalMs: 250 },
  );
  analyst = await platform.issueToken({
    bz_kind: "staff",
    sub: "test-analyst",
    bz_org: "TRAJEKT",
    bz_roles: ["ANALYST"],
  });
  browser = await openBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await started?.stop();
});

async function figures(indicator: string): Promise<Figure[]> {
  const response = await fetch(`${platform.url}/v1/indicators/${indicator}`, {
    headers: { authorization: `Bearer ${analyst}` },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { figures: Figure[] }).figures;
}

describe("ward overview on the first start's history", () => {
  it("shows the published figures per ward and quarter, and marks suppressed cells with their reason", async () => {
    const { page } = browser;
    await page.goto(`${platform.url}/dashboard/#/wards`);
    await page.getByLabel("Analyst credential (bearer)").fill(analyst);
    await page.getByRole("button", { name: "Show figures" }).click();
    const care = page.locator("table", {
      has: page.locator("caption", { hasText: "per quarter" }),
    });
    await care.waitFor({ timeout: 60_000 });
    const rows = await care
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => (td.textContent ?? "").trim())));
    const header = await care.locator("thead th").allTextContents();
    expect(header.slice(1)).toEqual(["Wittevrouwenveld", "Wyckerpoort", "Nazareth", "Limmel"]);

    // Each published cell of 2026's quarters is the API's figure; none is made up or zeroed.
    const published = await figures("clients-in-care");
    const wards = ["WITTEVROUWENVELD", "WYCKERPOORT", "NAZARETH", "LIMMEL"];
    let compared = 0;
    for (const quarter of ["2026-Q1", "2026-Q2", "2026-Q3"]) {
      const row = rows.find((r) => r[0] === quarter);
      expect(row, `a row for ${quarter}`).toBeDefined();
      wards.forEach((ward, i) => {
        const figure = published.find((f) => f.ward === ward && f.period === quarter);
        const cell = row?.[i + 1] ?? "";
        if (figure?.status === "PUBLISHED" && figure.value !== null) {
          expect(Number(cell.replaceAll(".", "").replace(",", ".")), `${ward} ${quarter}`).toBe(figure.value);
          compared += 1;
        } else {
          expect(cell, `${ward} ${quarter}`).toMatch(/suppressed|withheld|no data/);
        }
      });
    }
    expect(compared).toBeGreaterThanOrEqual(8);

    // Somewhere on the page a small cell is hidden, marked as such with its reason.
    const suppressed = page.locator(".suppressed");
    expect(await suppressed.count()).toBeGreaterThan(0);
    expect(await suppressed.first().textContent()).toMatch(/^suppressed: |^withheld$/);
    expect(await suppressed.first().getAttribute("title")).toMatch(/threshold|subtraction|protected/);
    // No suppressed figure's value reached the page: the API sends null for it.
    const hidden = (await figures("coordinated-households")).filter((f) => f.status === "SUPPRESSED");
    for (const figure of hidden) expect(figure.value).toBeNull();
    await browser.screenshot("ward-overview");
  });

  it("lists every indicator of the catalogue, each cell the API's figure or a marked suppression", async () => {
    const { page } = browser;
    const catalogue = (await (
      await fetch(`${platform.url}/v1/indicators`, { headers: { authorization: `Bearer ${analyst}` } })
    ).json()) as { indicators: { id: string; version: number; title: string; breakdown?: string | null }[] };
    // The totals: a breakdown (its own id) has its own card, not a row here.
    const latest = new Map<string, { id: string; version: number; title: string }>();
    for (const d of catalogue.indicators) {
      if (d.breakdown == null && (latest.get(d.id)?.version ?? 0) < d.version) latest.set(d.id, d);
    }
    const every = page.locator("table", {
      has: page.locator("caption", { hasText: "Every indicator per ward" }),
    });
    await every.waitFor({ timeout: 60_000 });
    await page.getByLabel("Period").selectOption("2026-Q2");
    await page.locator("caption", { hasText: "Every indicator per ward, 2026-Q2" }).waitFor();
    const rows = await every
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => (td.textContent ?? "").trim())));
    expect(rows.map((r) => r[0])).toEqual([...latest.values()].map((d) => `${d.title} (v${d.version})`));
    const columns = ["WITTEVROUWENVELD", "WYCKERPOORT", "NAZARETH", "LIMMEL", "DISTRICT"];
    let published = 0;
    let hidden = 0;
    for (const [r, definition] of [...latest.values()].entries()) {
      const all = await figures(definition.id);
      columns.forEach((ward, c) => {
        const figure = all.find((f) => f.ward === ward && f.period === "2026-Q2");
        const cell = rows[r]?.[c + 2] ?? "";
        if (figure?.status === "PUBLISHED" && figure.value !== null) {
          const shown = Number(cell.replaceAll(".", "").replace(",", "."));
          // Means show one decimal, counts and cents none.
          expect(Math.abs(shown - figure.value), `${definition.id} ${ward}: ${cell}`).toBeLessThanOrEqual(
            0.05,
          );
          published += 1;
        } else {
          expect(cell, `${definition.id} ${ward}`).toMatch(/suppressed|withheld|no data/);
          if (figure?.status === "SUPPRESSED") hidden += 1;
        }
      });
    }
    expect(published).toBeGreaterThan(0);
    expect(hidden).toBeGreaterThan(0);
  });

  it("shows the lagged waterbed relation per ward as the API computes it from published quarters", async () => {
    const { page } = browser;
    const lagTable = page.locator("table", { has: page.locator("caption", { hasText: "Lagged relation" }) });
    await lagTable.waitFor({ timeout: 60_000 });
    const rows = await lagTable
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => (td.textContent ?? "").trim())));
    const response = await fetch(`${platform.url}/v1/wards/DISTRICT/waterbed`, {
      headers: { authorization: `Bearer ${analyst}` },
    });
    expect(response.status).toBe(200);
    const { relations } = (await response.json()) as {
      relations: { lag: number; changePairs: number; changeCorrelation: number | null }[];
    };
    expect(rows.map((r) => Number(r[0]))).toEqual(relations.map((r) => r.lag));
    for (const relation of relations) {
      const cell = rows.find((r) => Number(r[0]) === relation.lag)?.[5] ?? "";
      if (relation.changeCorrelation === null) expect(cell).toBe("–");
      else {
        const [shown, pairs] = /^(-?[0-9]+,[0-9]{2}) \(n=([0-9]+)\)$/.exec(cell)?.slice(1) ?? [];
        expect(
          Math.abs(Number(shown?.replace(",", ".")) - relation.changeCorrelation),
          cell,
        ).toBeLessThanOrEqual(0.005);
        expect(Number(pairs)).toBe(relation.changePairs);
      }
    }
  });

  it("downloads a table as CSV: the API's figures, a suppressed value as x, never a number", async () => {
    const { page } = browser;
    const card = page.locator("section", { has: page.locator("#ward-every-indicator") });
    await page.getByLabel("Period").selectOption("2026-Q2");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      card.getByRole("button", { name: "Download CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("every-indicator-2026-Q2.csv");
    const text = readFileSync(await download.path(), "utf8");
    const [header, ...lines] = text.trimEnd().split("\n");
    expect(header).toBe("indicator,version,ward,period,breakdown_value,value,status,reason");
    expect(lines.length).toBeGreaterThan(0);
    const byIndicator = new Map<string, Figure[]>();
    let suppressed = 0;
    for (const line of lines) {
      const [indicator = "", , ward, period, , value, status] = line.split(",");
      expect(period).toBe("2026-Q2");
      if (!byIndicator.has(indicator)) byIndicator.set(indicator, await figures(indicator));
      const figure = byIndicator.get(indicator)?.find((f) => f.ward === ward && f.period === period);
      expect(status, line).toBe(figure?.status);
      if (status === "PUBLISHED") expect(Number(value), line).toBe(figure?.value);
      else if (status === "SUPPRESSED") {
        expect(value, line).toBe("x");
        suppressed += 1;
      } else expect(value, line).toBe("");
    }
    expect(suppressed).toBeGreaterThan(0);
  });

  it("shows care use per partner for the chosen ward, each cell the API's breakdown figure or a marked suppression", async () => {
    const { page } = browser;
    await page.locator("#partner-care-ward").selectOption("LIMMEL");
    const caption = "Clients in care per partner and quarter, Limmel";
    const card = page.locator("table", { has: page.locator("caption", { hasText: caption }) });
    await card.waitFor({ timeout: 60_000 });
    const partners = (await card.locator("thead th").allTextContents()).slice(1);
    expect(partners.length).toBeGreaterThanOrEqual(5);
    const rows = await card
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => (td.textContent ?? "").trim())));
    const all = (await figures("clients-in-care-by-partner")) as (Figure & {
      breakdownValue: string | null;
    })[];
    let published = 0;
    for (const row of rows.filter((r) => r[0]?.startsWith("2026-"))) {
      partners.forEach((partner, i) => {
        const figure = all.find(
          (f) => f.ward === "LIMMEL" && f.period === row[0] && f.breakdownValue === partner,
        );
        const cell = row[i + 1] ?? "";
        if (figure?.status === "PUBLISHED" && figure.value !== null) {
          expect(Number(cell.replaceAll(".", "")), `${partner} ${row[0]}`).toBe(figure.value);
          published += 1;
        } else expect(cell, `${partner} ${row[0]}`).toMatch(/suppressed|withheld|no data/);
      });
    }
    expect(published).toBeGreaterThan(0);
    // The flow between partners: each pair's completed referrals, or its suppression marked.
    const pairs = page.locator("table", {
      has: page.locator("caption", { hasText: "Referrals completed per partner pair, district" }),
    });
    await pairs.waitFor();
    const pairRows = await pairs
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => (td.textContent ?? "").trim())));
    expect(pairRows.length).toBeGreaterThan(0);
    for (const [pair, cell] of pairRows) {
      expect(pair).toMatch(/^[A-Z_]+ → [A-Z_]+$/);
      expect(cell).toMatch(/^[0-9.]+$|suppressed|withheld/);
    }
    await browser.screenshot("ward-overview-partners");
  });
});
