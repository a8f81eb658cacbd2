// `platform projections status|rebuild <name|all>` (loaded by cli.ts): the operator's commands for read models.
// Server mode with BZ_DATABASE_URL (event store) and BZ_READ_MODEL_URL (read models, default the
// same); embedded mode on BZ_DATA_DIR otherwise (stop the embedded platform first: PGlite is
// single-process).
import { join, resolve } from "node:path";
import { env, loadConfigOrExit } from "@bz/config";
import { createSqlEventStore } from "@bz/event-store";
import { createPgliteClient, createPostgresClient, type SqlClient } from "@bz/sql";
import { z } from "zod";
import { runProjectionsCommand } from "./projections-command.ts";

const config = loadConfigOrExit(
  z.object({
    BZ_DATABASE_URL: env.postgresUrl().optional(),
    BZ_READ_MODEL_URL: env.postgresUrl().optional(),
    BZ_DATA_DIR: z.string().min(1).default(".data/platform"),
  }),
);
const storeSql: SqlClient =
  config.BZ_DATABASE_URL === undefined
    ? await createPgliteClient({ dataDir: join(resolve(config.BZ_DATA_DIR), "pglite") })
    : createPostgresClient({ connectionString: config.BZ_DATABASE_URL, applicationName: "bz-platform-cli" });
const sql =
  config.BZ_READ_MODEL_URL === undefined
    ? storeSql
    : createPostgresClient({
        connectionString: config.BZ_READ_MODEL_URL,
        applicationName: "bz-platform-cli",
      });
const store = await createSqlEventStore(storeSql);
let code = 2;
try {
  code = await runProjectionsCommand(process.argv.slice(2), {
    store,
    sql,
    head: async () => {
      const { rows } = await storeSql.query<{ head: string | null }>(
        "select max(global_position)::text as head from event_store.events",
      );
      return BigInt(rows[0]?.head ?? "-1");
    },
    out: process.stdout,
    progressBar: process.stdout.isTTY === true,
  });
} finally {
  await store.close();
  if (sql !== storeSql) await sql.close();
  await storeSql.close();
}
process.exit(code);
