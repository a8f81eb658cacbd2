// Drives Debian's chromium (installed by scripts/setup.sh) through playwright-core: no browser
// download, no network. Each session gets a fresh profile folder, removed when it closes.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";

/** Where the browser tests put their screenshots (git-ignored). */
export const screenshotDir = join(import.meta.dirname, "screenshots");

/** Debian's chromium; `make setup` installs it when missing. */
export const chromiumPath = "/usr/bin/chromium";

/** Chromium flags: headless in a container as root, and nothing that reaches for the network. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-component-update",
  "--disable-sync",
];

/** A running browser with one page. */
export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Saves a full-page screenshot as test/e2e/screenshots/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** Starts headless chromium on a fresh profile, 1440×900 (a laptop screen). */
export async function openBrowser(): Promise<BrowserSession> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`${chromiumPath} is missing; run \`make setup\` (it installs Debian's chromium)`);
  }
  const profile = mkdtempSync(join(tmpdir(), "bz-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1440, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async screenshot(name) {
      mkdirSync(screenshotDir, { recursive: true });
      const path = join(screenshotDir, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
