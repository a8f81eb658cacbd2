import type { EventStore } from "@bz/event-store";
import { clearProjectionError, type Projection, projectionStatus, rebuildProjection } from "@bz/projections";
import { defaultProjections } from "@bz/projector";
import type { SqlClient } from "@bz/sql";
import cliProgress from "cli-progress";

/** The read models the platform runs, by name. */
export const platformProjections: readonly Projection[] = defaultProjections;

/** What the projections command works on. */
export interface ProjectionsCommandDeps {
  store: EventStore;
  /** The read-model database. */
  sql: SqlClient;
  /** The newest global position in the store (for lag, rate and ETA). */
  head: () => Promise<bigint>;
  out: NodeJS.WritableStream;
  /** Draw a live progress bar (a terminal); plain lines otherwise. */
  progressBar: boolean;
}

const usage = `usage:
  platform projections status
  platform projections rebuild <${platformProjections.map((p) => p.name).join("|")}|all>`;

/**
 * `platform projections status|rebuild`. Returns the process exit code: 0 done, 1 a projection has
 * an error (status), 2 a usage error.
 */
export async function runProjectionsCommand(
  args: readonly string[],
  deps: ProjectionsCommandDeps,
): Promise<number> {
  const [group, command, target] = args;
  if (group !== "projections") {
    deps.out.write(`${usage}\n`);
    return 2;
  }
  if (command === "status") {
    const head = await deps.head();
    const statuses = await projectionStatus(
      deps.sql,
      platformProjections.map((p) => p.name),
    );
    deps.out.write("projection       checkpoint  head        lag         last error\n");
    for (const s of statuses) {
      const checkpoint = s.checkpoint ?? -1n;
      const lag = head - checkpoint < 0n ? 0n : head - checkpoint;
      const error = s.lastError === undefined ? "-" : `${s.lastError.at} ${s.lastError.message}`;
      deps.out.write(
        `${s.projection.padEnd(16)} ${String(s.checkpoint ?? "-").padEnd(11)} ${String(head).padEnd(11)} ${String(lag).padEnd(11)} ${error}\n`,
      );
    }
    return statuses.some((s) => s.lastError !== undefined) ? 1 : 0;
  }
  if (command === "rebuild") {
    const chosen =
      target === "all" ? platformProjections : platformProjections.filter((p) => p.name === target);
    if (chosen.length === 0) {
      deps.out.write(`unknown projection "${target ?? ""}"\n${usage}\n`);
      return 2;
    }
    for (const projection of chosen) {
      const head = await deps.head();
      const total = Number(head < 0n ? 0n : head);
      const bar = deps.progressBar
        ? new cliProgress.SingleBar(
            {
              format: `${projection.name.padEnd(14)} [{bar}] {percentage}% | {value}/{total} | {rate} events/s | ETA {eta_formatted}`,
              stream: deps.out,
              etaBuffer: 50,
              noTTYOutput: true,
              notTTYSchedule: 1000,
            },
            cliProgress.Presets.shades_classic,
          )
        : undefined;
      const started = performance.now();
      bar?.start(total, 0, { rate: "0" });
      const checkpoint = await rebuildProjection({
        store: deps.store,
        sql: deps.sql,
        projection,
        onProgress: ({ position, replayed }) => {
          const seconds = (performance.now() - started) / 1000;
          const rate = seconds > 0 ? Math.round(replayed / seconds).toString() : "0";
          if (Number(position) > total) bar?.setTotal(Number(position));
          bar?.update(Number(position), { rate });
        },
      });
      bar?.stop();
      await clearProjectionError(deps.sql, projection.name);
      deps.out.write(`${projection.name}: rebuilt and swapped in at position ${checkpoint}\n`);
    }
    return 0;
  }
  deps.out.write(`${usage}\n`);
  return 2;
}
