#!/usr/bin/env node
// `access-log <command>`: the operator's tools for the NEN 7513 log (server mode: BZ_READ_MODEL_URL).
//   install --owner <role> --writer <role> [--writer <role>]   as a superuser: the hardened install
//   verify [--checkpoints <file> --public-key <file.pub>]       stream the chain; check checkpoints
//   checkpoint --key <file> --checkpoints <file>                sign the current head (cron it)
//   purge --key <file> [--checkpoints <file>] [--retention-years 5] [--owner <role>]
//                                    as the log's owner: remove entries past the retention, leave a signed anchor
import { createPublicKey } from "node:crypto";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createPostgresClient } from "@bz/sql";
import { createAccessLog, installAccessLog } from "./access-log.ts";
import { checkpointKey, verifyCheckpoints, writeCheckpoint } from "./checkpoints.ts";
import { defaultRetentionYears, purgeAccessLog, retentionCutoff } from "./retention.ts";

const [command, ...rest] = process.argv.slice(2);
const { values } = parseArgs({
  args: rest,
  options: {
    owner: { type: "string" },
    writer: { type: "string", multiple: true },
    checkpoints: { type: "string" },
    "public-key": { type: "string" },
    key: { type: "string" },
    "retention-years": { type: "string" },
  },
});
const url = process.env.BZ_READ_MODEL_URL ?? process.env.BZ_DATABASE_URL;
if (url === undefined || command === undefined) {
  process.stderr.write(
    "usage: BZ_READ_MODEL_URL=postgres://... access-log install --owner <role> --writer <role> | verify [--checkpoints <file> --public-key <file>] | checkpoint --key <file> --checkpoints <file> | purge --key <file> [--checkpoints <file>] [--retention-years N] [--owner <role>]\n",
  );
  process.exit(2);
}
const sql = createPostgresClient({ connectionString: url, applicationName: "bz-access-log-cli" });
try {
  if (command === "install") {
    if (values.owner === undefined || values.writer === undefined)
      throw new Error("install needs --owner and --writer");
    await installAccessLog(sql, { owner: values.owner, writers: values.writer });
    process.stdout.write(
      `access log installed: owner ${values.owner}, writers ${values.writer.join(", ")}\n`,
    );
  } else if (command === "verify") {
    const log = await createAccessLog(sql);
    const anchorKey =
      values["public-key"] === undefined ? undefined : createPublicKey(readFileSync(values["public-key"]));
    const anchor = await log.anchor();
    if (anchor !== undefined && anchorKey === undefined) {
      process.stdout.write(
        `note: the chain starts at the purge anchor at sequence ${anchor.sequence}; pass --public-key to check its signature\n`,
      );
    }
    const broken = await log.verify(anchorKey === undefined ? {} : { anchorKey });
    if (broken !== undefined) {
      process.stdout.write(`BROKEN: the chain does not hold at sequence ${broken}\n`);
      process.exitCode = 1;
    } else {
      const head = await log.headOf();
      process.stdout.write(
        `chain intact: ${head.sequence - (anchor?.sequence ?? 0)} entries${anchor === undefined ? "" : ` after the anchor at ${anchor.sequence}`}, head ${head.hash}\n`,
      );
    }
    if (values.checkpoints !== undefined && values["public-key"] !== undefined) {
      const report = await verifyCheckpoints(
        log,
        values.checkpoints,
        createPublicKey(readFileSync(values["public-key"])),
      );
      process.stdout.write(
        report.ok
          ? `checkpoints hold: ${report.checked}\n`
          : `BROKEN: checkpoint at sequence ${report.sequence}: ${report.reason}\n`,
      );
      if (!report.ok) process.exitCode = 1;
    }
  } else if (command === "checkpoint") {
    if (values.key === undefined || values.checkpoints === undefined) {
      throw new Error("checkpoint needs --key and --checkpoints");
    }
    const log = await createAccessLog(sql);
    const checkpoint = await writeCheckpoint(log, checkpointKey(values.key).privateKey, values.checkpoints);
    process.stdout.write(`signed checkpoint at sequence ${checkpoint.sequence}\n`);
  } else if (command === "purge") {
    if (values.key === undefined) throw new Error("purge needs --key (the checkpoint signing key)");
    const years = Number(
      values["retention-years"] ?? process.env.BZ_ACCESS_LOG_RETENTION_YEARS ?? defaultRetentionYears,
    );
    const before = retentionCutoff(new Date(), years);
    const result = await purgeAccessLog(sql, {
      before,
      privateKey: checkpointKey(values.key).privateKey,
      ...(values.owner === undefined ? {} : { owner: values.owner }),
      ...(values.checkpoints === undefined ? {} : { checkpoints: values.checkpoints }),
    });
    process.stdout.write(
      result.anchor === undefined
        ? `nothing to purge: no entry before ${before.toISOString()} (${years} years)\n`
        : `purged ${result.purged} entries before ${before.toISOString()}; the chain now starts after the signed anchor at sequence ${result.anchor.sequence}\n`,
    );
  } else {
    throw new Error(`unknown command ${command}`);
  }
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 2;
} finally {
  await sql.close();
}
