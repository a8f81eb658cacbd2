// The query API as the process of its own it is in server mode: services/query-api/src/main.ts,
// configured through its environment like a deployment, so its event loop and CPU are not the
// recorder's and projector's. Its CPU is read from /proc and reported apart.
import { type ChildProcess, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import type { TestTokens } from "../../../support/tokens.ts";
import { repoRoot } from "../harness/infra.ts";
import { processCpuSeconds } from "./load-remote.ts";

export interface QueryApiProcess {
  url: string;
  pid: number;
  cpuSeconds(): number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === "string") throw new Error("no free port");
  return address.port;
}

/** Starts the query API on `databaseUrl` (read models and store), trusting `tokens`; resolves once ready. */
export async function startQueryApiProcess(options: {
  databaseUrl: string;
  tokens: TestTokens;
  tempDir: string;
  poolSize: number;
}): Promise<QueryApiProcess> {
  const jwksFile = join(options.tempDir, "query-api.jwks.json");
  writeFileSync(jwksFile, JSON.stringify(options.tokens.jwks));
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [join(repoRoot, "services", "query-api", "src", "main.ts")],
    {
      env: {
        PATH: process.env.PATH ?? "",
        BZ_READ_MODEL_URL: options.databaseUrl,
        BZ_HTTP_PORT: String(port),
        BZ_LOG_LEVEL: "warn",
        BZ_AUTH_ISSUER: options.tokens.issuer,
        BZ_AUTH_AUDIENCE: options.tokens.audience,
        BZ_AUTH_JWKS: jwksFile,
        BZ_PG_POOL_SIZE: String(options.poolSize),
      },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const pid = child.pid ?? 0;
  let cpuAtExit = 0;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = performance.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the query API exited (${child.exitCode}): ${stderr}`);
    const ready = await fetch(`${url}/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (performance.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the query API was not ready within 60 s: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    pid,
    cpuSeconds: () => (child.exitCode === null ? processCpuSeconds(pid) : cpuAtExit),
    async stop() {
      if (child.exitCode !== null) return;
      cpuAtExit = processCpuSeconds(pid);
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
