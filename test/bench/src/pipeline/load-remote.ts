// The parent's side of the load process (ADR 0073): forks load-process.ts, starts one load in it and
// waits for its reports. The measured process only receives the child's reports; the child's CPU is
// read from /proc/<pid>/stat and reported apart from the measured process's.
import { type ChildProcess, fork } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { LoadCommand, LoadReport, LoadSpec } from "./load-process.ts";

const entry = join(import.meta.dirname, "load-process.ts");
const ticksPerSecond = 100;

/** CPU seconds (user + system, all threads) a process used so far, from /proc; 0 once it ended. */
export function processCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  } catch {
    return 0;
  }
}

/** A load running in its own process. */
export interface RemoteLoad {
  pid: number;
  /** Resolves with the child's result when its load ends (open loop, HTTP, produce) or is stopped. */
  done: Promise<Record<string, unknown>>;
  /** The closed loop's counters now (maxLag: the largest lag since the last call). */
  status(): Promise<{ produced: number; projected: number; maxLag: number }>;
  /** CPU seconds the load process used so far. */
  cpuSeconds(): number;
  /** Ends a closed loop (and waits for its result); then ends the process. */
  stop(): Promise<Record<string, unknown>>;
}

/**
 * Forks the load process, starts `spec` in it and resolves once it is ready to send (producer
 * connected), so a measured window never includes the child's start-up. `onReport` gets the
 * open loop's scheduled/acknowledged reports (G2).
 */
export async function startRemoteLoad(
  spec: LoadSpec,
  onReport?: (report: LoadReport) => void,
): Promise<RemoteLoad> {
  const child: ChildProcess = fork(entry, [], {
    serialization: "advanced",
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const pid = child.pid ?? 0;
  let ready: () => void = () => undefined;
  let failStart: (error: Error) => void = () => undefined;
  const started = new Promise<void>((resolve, reject) => {
    ready = resolve;
    failStart = reject;
  });
  const statusWaiters = new Map<
    number,
    (s: { produced: number; projected: number; maxLag: number }) => void
  >();
  let nextId = 0;
  let cpuAtExit = 0;
  const done = new Promise<Record<string, unknown>>((resolve, reject) => {
    child.on("message", (report: LoadReport) => {
      if (report.type === "ready") ready();
      else if (report.type === "status") statusWaiters.get(report.id)?.(report);
      else if (report.type === "done") resolve(report.result);
      else if (report.type === "failed") {
        const error = new Error(`the load process failed: ${report.message}`);
        failStart(error);
        reject(error);
      } else onReport?.(report);
    });
    child.on("exit", (code, signal) => {
      const error = new Error(`the load process ended (code ${code}, signal ${signal}) before its result`);
      failStart(error);
      reject(error);
    });
  });
  done.catch(() => undefined);
  const command = (message: LoadCommand) => {
    if (child.connected) child.send(message);
  };
  const end = async () => {
    cpuAtExit = processCpuSeconds(pid);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.disconnect();
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    }
  };
  command({ type: "start", spec });
  try {
    await started;
  } catch (error) {
    await end();
    throw error;
  }
  return {
    pid,
    done,
    status() {
      const id = ++nextId;
      return new Promise((resolve) => {
        statusWaiters.set(id, (status) => {
          statusWaiters.delete(id);
          resolve(status);
        });
        command({ type: "status", id });
      });
    },
    cpuSeconds: () => (child.exitCode === null ? processCpuSeconds(pid) : cpuAtExit),
    async stop() {
      command({ type: "stop" });
      try {
        return await done;
      } finally {
        await end();
      }
    },
  };
}

/** The load process's CPU over a window: `stop()` gives cores and seconds, for the report. */
export function startLoadCpuMeter(load: Pick<RemoteLoad, "pid" | "cpuSeconds">) {
  const from = { cpu: load.cpuSeconds(), at: performance.now() };
  return {
    stop(): { pid: number; cores: number; cpuSeconds: number } {
      const cpuSeconds = load.cpuSeconds() - from.cpu;
      const seconds = (performance.now() - from.at) / 1000;
      return {
        pid: load.pid,
        cores: Math.round((cpuSeconds / seconds) * 100) / 100,
        cpuSeconds: Math.round(cpuSeconds * 100) / 100,
      };
    },
  };
}

/** Epoch milliseconds (as the load process reports times) in this process's performance.now() terms. */
export function fromEpoch(epochMs: number): number {
  return epochMs - performance.timeOrigin;
}
