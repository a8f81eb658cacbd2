import type { SqlQueryable } from "@bz/sql";

/**
 * The last global position of the SQL event store (PostgreSQL or PGlite) in `schema`, or null
 * when it holds no event yet. Read-only; the store's own port has no such question.
 */
export function sqlEventStoreHead(sql: SqlQueryable, schema = "event_store"): () => Promise<number | null> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`"${schema}" is not a plain SQL identifier`);
  return async () => {
    const { rows } = await sql.query<{ head: string | null }>(
      `select max(global_position)::text as head from ${schema}.events`,
    );
    const head = rows[0]?.head;
    return head === null || head === undefined ? null : Number(head);
  };
}
