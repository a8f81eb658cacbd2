import { type logCreator, logLevel } from "kafkajs";
import { type DenialTracker, denialInMessage } from "./kafka-errors.ts";
import type { EventLogLogger } from "./logger.ts";

// The idempotent producer warns when its retries are bounded; they are bounded on purpose (a down
// broker must surface as LOG_UNAVAILABLE, not hang a send forever) and at-least-once holds anyway.
const expectedWarnings = new Set([
  "Limiting retries for the idempotent producer may invalidate EoS guarantees",
]);

/** Routes kafkajs' own log (warnings and errors only) into the platform logger as structured fields. */
export function kafkaLogCreator(logger: EventLogLogger, denials?: DenialTracker): logCreator {
  return () =>
    ({ namespace, level, log }) => {
      const { message, timestamp: _timestamp, logger: _logger, ...fields } = log;
      if (expectedWarnings.has(message)) return;
      const denial = typeof fields.error === "string" ? denialInMessage(fields.error) : undefined;
      if (denial !== undefined) denials?.record(denial);
      const entry = { kafkajs: namespace, ...fields };
      // kafkajs logs every error response of the protocol at ERROR, including the routine ones it
      // handles itself (a rebalance in progress, a coordinator that moved). Whatever really fails
      // surfaces as a thrown error or a Runner/Consumer entry, so these go to debug.
      if (namespace === "Connection" && message.startsWith("Response ")) logger.debug(entry, message);
      else if (level === logLevel.ERROR) logger.error(entry, message);
      else if (level === logLevel.WARN) logger.warn(entry, message);
      else if (level === logLevel.INFO) logger.info(entry, message);
      else logger.debug(entry, message);
    };
}
