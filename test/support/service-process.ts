import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..");

/** A service started as its own Node process, as in server mode. */
export interface ServiceProcess {
  child: ChildProcess;
  /** Everything it wrote, for the failure message when a test goes wrong. */
  output(): string;
  /** Sends a signal and resolves once the process has exited. */
  kill(signal: NodeJS.Signals): Promise<void>;
  /** Resolves with the exit code (or the signal) once the process has ended. */
  readonly exited: Promise<number | NodeJS.Signals>;
}

/** Starts `services/<name>/src/main.ts` with the test's environment added. */
export function startService(name: string, env: Record<string, string>): ServiceProcess {
  let output = "";
  const child = spawn(process.execPath, [join(root, "services", name, "src", "main.ts")], {
    env: { ...process.env, BZ_LOG_LEVEL: "warn", BZ_HTTP_PORT: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on("data", (chunk) => {
    output += String(chunk);
  });
  const exited = new Promise<number | NodeJS.Signals>((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? signal ?? -1)),
  );
  return {
    child,
    exited,
    output: () => output,
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
