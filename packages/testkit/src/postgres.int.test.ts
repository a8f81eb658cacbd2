import { createTestDatabase, useTestDatabase } from "@bz/testkit";
import pg from "pg";
import { describe, expect, it } from "vitest";

describe("test databases on the real PostgreSQL", () => {
  const db = useTestDatabase();

  it("gives the file its own empty database on a real PostgreSQL server", async () => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query<{ version: string; name: string }>(
      "select version() as version, current_database() as name",
    );
    await client.end();
    expect(rows[0]?.version).toMatch(/^PostgreSQL \d+/);
    expect(rows[0]?.name).toBe(db.name);
  });

  it("drops a database it created", async () => {
    const extra = await createTestDatabase();
    await extra.drop();
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [extra.name]);
    await client.end();
    expect(rowCount).toBe(0);
  });
});
