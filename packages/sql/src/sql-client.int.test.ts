import { createPgliteClient, createPostgresClient, type SqlClient } from "@bz/sql";
import { useTestDatabase } from "@bz/testkit";
import { afterEach, describe, expect, it } from "vitest";

const db = useTestDatabase();
const clients: SqlClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

const makers: Record<string, () => Promise<SqlClient>> = {
  postgres: async () => createPostgresClient({ connectionString: db.url }),
  pglite: () => createPgliteClient(),
};

for (const [name, make] of Object.entries(makers)) {
  describe(`SqlClient on ${name}`, () => {
    it("commits a transaction and rolls back a failed one", async () => {
      const client = await make();
      clients.push(client);
      await client.exec(
        `drop table if exists t_${name}; create table t_${name} (id int primary key, note text)`,
      );
      await client.transaction(async (tx) => {
        await tx.query(`insert into t_${name} values ($1, $2)`, [1, "kept"]);
      });
      await expect(
        client.transaction(async (tx) => {
          await tx.query(`insert into t_${name} values ($1, $2)`, [2, "rolled back"]);
          await tx.query(`insert into t_${name} values ($1, $2)`, [1, "duplicate key"]);
        }),
      ).rejects.toThrow();
      const { rows } = await client.query<{ id: number; note: string }>(`select id, note from t_${name}`);
      expect(rows).toEqual([{ id: 1, note: "kept" }]);
      expect(client.dialect).toBe(name);
    });
  });
}
