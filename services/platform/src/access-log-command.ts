// `platform access-log purge|verify`: the access log's retention and check on the platform's own
// database, embedded (the data folder's PGlite) or server mode, with the same code as `access-log`.
import { createPublicKey } from "node:crypto";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  checkpointKey,
  createAccessLog,
  defaultRetentionYears,
  purgeAccessLog,
  retentionCutoff,
} from "@bz/access-log";
import { isBzError } from "@bz/errors";
import type { SqlClient } from "@bz/sql";

export const accessLogUsage = `usage:
  platform access-log purge --key <checkpoint key file> [--retention-years ${defaultRetentionYears}] [--checkpoints <file>] [--owner <role>]
  platform access-log verify [--public-key <file.pub>]
Server mode: BZ_READ_MODEL_URL; embedded: BZ_DATA_DIR (stop the embedded platform first).
The retention defaults to BZ_ACCESS_LOG_RETENTION_YEARS, else ${defaultRetentionYears} years (ADR 0063).`;

/** Runs `access-log <args>`; returns the exit code (0 done, 1 the chain is broken, 2 bad input). */
export async function runAccessLogCommand(
  args: string[],
  sql: SqlClient,
  out: (text: string) => void,
  options: { now?: Date; retentionYears?: string | undefined } = {},
): Promise<number> {
  const [command, ...rest] = args;
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        key: { type: "string" },
        "public-key": { type: "string" },
        checkpoints: { type: "string" },
        owner: { type: "string" },
        "retention-years": { type: "string" },
      },
    }));
  } catch (error) {
    out(`${(error as Error).message}\n${accessLogUsage}\n`);
    return 2;
  }
  if (command === "verify") {
    const log = await createAccessLog(sql);
    const file = values["public-key"];
    const broken = await log.verify(
      file === undefined ? {} : { anchorKey: createPublicKey(readFileSync(file)) },
    );
    out(
      broken === undefined
        ? `chain intact${file === undefined ? "" : ", anchor signature checked"}\n`
        : `BROKEN: the chain does not hold at sequence ${broken}\n`,
    );
    return broken === undefined ? 0 : 1;
  }
  if (command !== "purge") {
    out(`${accessLogUsage}\n`);
    return 2;
  }
  if (values.key === undefined) {
    out(`--key: give the checkpoint signing key file (made on first use)\n${accessLogUsage}\n`);
    return 2;
  }
  const yearsText = values["retention-years"] ?? options.retentionYears ?? String(defaultRetentionYears);
  const years = Number(yearsText);
  if (!Number.isInteger(years) || years < 1) {
    out(`--retention-years ${JSON.stringify(yearsText)}: give a whole number of years, at least 1\n`);
    return 2;
  }
  const before = retentionCutoff(options.now ?? new Date(), years);
  try {
    const result = await purgeAccessLog(sql, {
      before,
      privateKey: checkpointKey(values.key).privateKey,
      ...(values.owner === undefined ? {} : { owner: values.owner }),
      ...(values.checkpoints === undefined ? {} : { checkpoints: values.checkpoints }),
      ...(options.now === undefined ? {} : { now: options.now }),
    });
    out(
      result.anchor === undefined
        ? `nothing to purge: no entry before ${before.toISOString()} (${years} years)\n`
        : `purged ${result.purged} entries before ${before.toISOString()}; the chain now starts after the signed anchor at sequence ${result.anchor.sequence}\n`,
    );
    return 0;
  } catch (error) {
    if (isBzError(error) && error.code === "ACCESS_LOG_CHAIN_BROKEN") {
      out(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
