import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { LogProducer } from "@bz/event-log";
import type { Logger } from "@bz/observability";

/** What first-start work gets: the partners' path into the platform, and where to report. */
export interface FirstStartContext {
  /** A producer on the event log: the same path partner systems use. */
  producer: LogProducer;
  /** The platform's pseudonymiser, as the gateway applies it to a BSN. */
  pseudonymize(bsn: string): string;
  /** The same for a household key (an address key), under the household domain (ADR 0025). */
  pseudonymizeHousehold(householdKey: string): string;
  /** Reports progress in events (or any unit the work chooses). */
  progress(done: number, total: number): void;
  /** Aborted when the platform stops; the work should return soon after. */
  signal: AbortSignal;
}

/**
 * Work done once on a fresh data folder while the platform already serves, e.g. the simulated
 * history of the four wards. It must be idempotent (fixed event ids): an interrupted run is simply
 * run again on the next start, and the store keeps each event once.
 */
export type FirstStartWork = (context: FirstStartContext) => Promise<void>;

/** Where the first-start work stands. */
export interface FirstStartProgress {
  state: "none" | "running" | "done" | "failed" | "stopped";
  done: number;
  total: number;
  error?: string;
}

/** The running first-start work. */
export interface FirstStart {
  progress(): FirstStartProgress;
  /** Resolves when the work ended (done, failed or stopped). */
  readonly finished: Promise<void>;
  stop(): Promise<void>;
}

const markerName = "first-start.done";

/**
 * Runs `work` in the background unless `dataDir` holds the marker of a finished run; writes the
 * marker only after the work completed, so a stop or crash part-way means it runs again next time.
 */
export function startFirstStart(
  dataDir: string,
  work: FirstStartWork | undefined,
  context: Omit<FirstStartContext, "progress" | "signal">,
): FirstStart {
  const marker = join(dataDir, markerName);
  const progress: FirstStartProgress = { state: "none", done: 0, total: 0 };
  if (work === undefined || existsSync(marker)) {
    if (work !== undefined) progress.state = "done";
    return { progress: () => ({ ...progress }), finished: Promise.resolve(), stop: async () => undefined };
  }
  const abort = new AbortController();
  progress.state = "running";
  const finished = work({
    ...context,
    signal: abort.signal,
    progress(done, total) {
      progress.done = done;
      progress.total = total;
    },
  }).then(
    () => {
      if (abort.signal.aborted) {
        progress.state = "stopped";
        return;
      }
      writeFileSync(marker, `${new Date().toISOString()}\n`);
      progress.state = "done";
    },
    (error: unknown) => {
      progress.state = abort.signal.aborted ? "stopped" : "failed";
      progress.error = String(error);
    },
  );
  return {
    progress: () => ({ ...progress }),
    finished,
    async stop() {
      abort.abort();
      await finished;
    },
  };
}

/**
 * Runs `work` on every start, once the first-start work is done (never beside an unfinished
 * history, whose events must come first), until stopped. A failure is logged and shown in its
 * progress; the platform keeps serving.
 */
export function startLive(
  work: FirstStartWork | undefined,
  after: FirstStart,
  context: Omit<FirstStartContext, "progress" | "signal">,
  logger: Logger,
): FirstStart {
  const progress: FirstStartProgress = { state: "none", done: 0, total: 0 };
  if (work === undefined) {
    return { progress: () => ({ ...progress }), finished: Promise.resolve(), stop: async () => undefined };
  }
  const abort = new AbortController();
  const finished = after.finished.then(async () => {
    if (after.progress().state !== "done" || abort.signal.aborted) return;
    progress.state = "running";
    try {
      await work({
        ...context,
        signal: abort.signal,
        progress(done, total) {
          progress.done = done;
          progress.total = total;
        },
      });
      progress.state = abort.signal.aborted ? "stopped" : "done";
    } catch (error) {
      progress.state = abort.signal.aborted ? "stopped" : "failed";
      progress.error = String(error);
      if (!abort.signal.aborted) logger.error({ err: error }, "the live work stopped");
    }
  });
  return {
    progress: () => ({ ...progress }),
    finished,
    async stop() {
      abort.abort();
      await finished;
    },
  };
}
