import type { Logger } from "pino";

/**
 * Stops the service cleanly on SIGINT or SIGTERM: runs `stop` once (a second signal while it runs
 * is ignored), then exits 0, or 1 when stopping failed. For a service's main.ts.
 */
export function stopOnSignals(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, "stopping");
      stop().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, "stopping failed");
          process.exit(1);
        },
      );
    });
  }
}
