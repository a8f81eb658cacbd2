// `platform tokens revoke ...` (loaded by cli.ts): opens the query API's database (server mode
// BZ_READ_MODEL_URL, else the embedded platform's PGlite in BZ_DATA_DIR) and revokes.
import { userInfo } from "node:os";
import { join, resolve } from "node:path";
import { createSqlTokenRevocations } from "@bz/auth";
import { env, loadConfigOrExit } from "@bz/config";
import { createPgliteClient, createPostgresClient, type SqlClient } from "@bz/sql";
import { z } from "zod";
import { revokeTokenCommand } from "./tokens-revoke.ts";

const config = loadConfigOrExit(
  z.object({
    BZ_READ_MODEL_URL: env.postgresUrl().optional(),
    BZ_DATA_DIR: z.string().min(1).default(".data/platform"),
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
  code = await revokeTokenCommand(
    process.argv.slice(4),
    await createSqlTokenRevocations(sql),
    `cli:${userInfo().username}`,
    (text) => process.stdout.write(text),
  );
} finally {
  await sql.close();
}
process.exit(code);
