// CPU seconds of the processes in the pipeline: this Node process, PostgreSQL (all its backends)
// and the Kafka broker (the JVM), read from /proc. On a shared machine PostgreSQL and a shared
// broker include other users' work; the report says so.
import { readdirSync, readFileSync } from "node:fs";

const ticksPerSecond = 100;

interface CpuTotals {
  node: number;
  postgres: number;
  kafka: number;
  /** Busy ticks of the whole machine (every process and the kernel's interrupt work), /proc/stat. */
  machine: number;
  at: number;
}

/** Ticks the machine's CPUs spent on anything but idling or waiting for I/O. */
function machineBusyTicks(): number {
  const line = readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
  const fields = line.trim().split(/\s+/).slice(1).map(Number);
  const total = fields.slice(0, 8).reduce((sum, n) => sum + n, 0);
  return total - (fields[3] ?? 0) - (fields[4] ?? 0);
}

function processTicks(): { postgres: number; kafka: number } {
  let postgres = 0;
  let kafka = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      const comm = stat.slice(stat.indexOf("(") + 1, close);
      const fields = stat.slice(close + 2).split(" ");
      const ticks = Number(fields[11]) + Number(fields[12]);
      // A backend that exits in the window takes its time along; the postmaster then has it as its
      // reaped children's time (cutime + cstime), so adding those keeps the total monotonic.
      if (comm === "postgres") postgres += ticks + Number(fields[13]) + Number(fields[14]);
      else if (comm === "java" && readFileSync(`/proc/${entry}/cmdline`, "utf8").includes("kafka.Kafka")) {
        kafka += ticks;
      }
    } catch {
      // the process ended while we read it
    }
  }
  return { postgres, kafka };
}

function snapshot(): CpuTotals {
  const usage = process.cpuUsage();
  const ticks = processTicks();
  return {
    node: (usage.user + usage.system) / 1e6,
    postgres: ticks.postgres / ticksPerSecond,
    kafka: ticks.kafka / ticksPerSecond,
    machine: machineBusyTicks() / ticksPerSecond,
    at: performance.now(),
  };
}

/** Starts counting; `stop()` gives each process group's CPU as cores used over the interval. */
export function startCpuMeter(): { stop(): Record<string, number> } {
  const start = snapshot();
  return {
    stop() {
      const end = snapshot();
      const seconds = (end.at - start.at) / 1000;
      const cores = (a: number, b: number) => Math.round(((b - a) / seconds) * 100) / 100;
      return {
        nodeCores: cores(start.node, end.node),
        postgresCores: cores(start.postgres, end.postgres),
        kafkaCores: cores(start.kafka, end.kafka),
        machineCores: cores(start.machine, end.machine),
        seconds: Math.round(seconds * 10) / 10,
      };
    },
  };
}
