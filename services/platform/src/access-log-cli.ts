// `platform access-log ...` (loaded by cli.ts): opens the read-model database (server mode
// BZ_READ_MODEL_URL, else the embedded platform's PGlite in BZ_DATA_DIR) and runs the command.
import { join, resolve } from "node:path";
import { env, loadConfigOrExit } from "@bz/config";
import { createPgliteClient, createPostgresClient, type SqlClient } from "@bz/sql";
import { z } from "zod";
import { runAccessLogCommand } from "./access-log-command.ts";

const config = loadConfigOrExit(
  z.object({
    BZ_READ_MODEL_URL: env.postgresUrl().optional(),
    BZ_DATA_DIR: z.string().min(1).default(".data/platform"),
    BZ_ACCESS_LOG_RETENTION_YEARS: z.string().optional(),
  }),
);
const sql: SqlClient =
  config.BZ_READ_MODEL_URL === undefined
    ? await createPgliteClient({ dataDir: join(resolve(config.BZ_DATA_DIR), "pglite") })
    : createPostgresClient({
        connectionString: config.BZ_READ_MODEL_URL,
        applicationName: "bz-platform-cli",
      });
let code = 2;
try {
  code = await runAccessLogCommand(process.argv.slice(3), sql, (text) => process.stdout.write(text), {
    retentionYears: config.BZ_ACCESS_LOG_RETENTION_YEARS,
  });
} finally {
  await sql.close();
}
process.exit(code);
