export type { PgliteClientOptions } from "./pglite.ts";
export { createPgliteClient } from "./pglite.ts";
export type { PostgresClientOptions } from "./postgres.ts";
export { createPostgresClient } from "./postgres.ts";
export { prepared } from "./prepared.ts";
export type { SqlClient, SqlQueryable, SqlResult } from "./sql-client.ts";
