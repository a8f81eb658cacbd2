import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger } from "@bz/observability";
import { type Platform, type PlatformOptions, startPlatform } from "@bz/platform";
import { freePort } from "@bz/testkit";

/** The embedded platform of a test, on its own data folder and free ports. */
export interface TestPlatform {
  platform: Platform;
  dataDir: string;
  /** Stops the platform and removes its data folder. */
  stop(): Promise<void>;
}

/**
 * Starts the embedded platform as `make demo` runs it, quiet, on a fresh data folder named after
 * `name`; `options` may depend on the folder (a first start's history keeps its period there).
 */
export async function startTestPlatform(
  name: string,
  options: Partial<PlatformOptions> | ((dataDir: string) => Partial<PlatformOptions>) = {},
): Promise<TestPlatform> {
  const dataDir = mkdtempSync(join(tmpdir(), `bz-${name}-`));
  const platform = await startPlatform({
    dataDir,
    host: "127.0.0.1",
    port: await freePort(),
    gatewayPort: await freePort(),
    rate: 0,
    logger: createLogger({ service: `${name}-test`, level: "silent" }),
    ...(typeof options === "function" ? options(dataDir) : options),
  });
  return {
    platform,
    dataDir,
    async stop() {
      await platform.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
