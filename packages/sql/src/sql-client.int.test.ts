import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPgliteClient, createPostgresClient, prepared, type SqlClient } from "@bz/sql";
import { useTestDatabase } from "@bz/testkit";
import { afterEach, describe, expect, it } from "vitest";

const db = useTestDatabase();
const clients: SqlClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

const makers: Record<string, { dialect: string; make: () => Promise<SqlClient> }> = {
  postgres: { dialect: "postgres", make: async () => createPostgresClient({ connectionString: db.url }) },
  pglite: { dialect: "pglite", make: () => createPgliteClient() },
  pglite_worker: { dialect: "pglite", make: () => createPgliteClient({ thread: "worker" }) },
};

for (const [name, { dialect, make }] of Object.entries(makers)) {
  const open = async () => {
    const client = await make();
    clients.push(client);
    return client;
  };

  describe(`SqlClient on ${name}`, () => {
    it("commits a transaction and rolls back a failed one", async () => {
      const client = await open();
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
      expect(client.dialect).toBe(dialect);
    });

    it("carries the SQLSTATE of a refused statement, which the error tables classify by", async () => {
      const client = await open();
      await client.exec(`drop table if exists u_${name}; create table u_${name} (id int primary key)`);
      await client.query(`insert into u_${name} values (1)`);
      await expect(client.query(`insert into u_${name} values (1)`)).rejects.toMatchObject({ code: "23505" });
      await expect(client.query("select 1/0")).rejects.toMatchObject({ code: "22012" });
    });

    it("rolls back when the work throws, and keeps the client usable", async () => {
      const client = await open();
      await client.exec(`drop table if exists r_${name}; create table r_${name} (id int)`);
      await expect(
        client.transaction(async (tx) => {
          await tx.query(`insert into r_${name} values (1)`);
          throw new Error("the work changed its mind");
        }),
      ).rejects.toThrow("the work changed its mind");
      expect((await client.query(`select count(*)::int as n from r_${name}`)).rows).toEqual([{ n: 0 }]);
    });

    it("round-trips the types the stores use: bigint, timestamptz, jsonb, bytea, arrays, null", async () => {
      const client = await open();
      const { rows } = await client.query<Record<string, unknown>>(
        `select $1::bigint::text as big, $2::timestamptz as at, $3::jsonb as doc, $4::bytea as bytes,
                $5::text[] as list, $6::text as nothing`,
        [
          "9007199254740993",
          new Date("2026-01-02T03:04:05.678Z"),
          JSON.stringify({ a: [1, "é"] }),
          Buffer.from([0, 255]),
          ["x", "y"],
          null,
        ],
      );
      expect(rows[0]?.big).toBe("9007199254740993");
      expect(rows[0]?.at).toEqual(new Date("2026-01-02T03:04:05.678Z"));
      expect(rows[0]?.doc).toEqual({ a: [1, "é"] });
      expect([...((rows[0]?.bytes ?? []) as Uint8Array)]).toEqual([0, 255]);
      expect(rows[0]?.list).toEqual(["x", "y"]);
      expect(rows[0]?.nothing).toBeNull();
    });

    it("delivers a NOTIFY after the commit to a listener", async () => {
      const client = await open();
      let heard = 0;
      const stop = await client.listen(`ch_${name}`, () => {
        heard += 1;
      });
      // A notification is a wake-up hint: one sent before the listening connection is ready is lost,
      // so it is sent (committed) again until it arrives, within a deadline.
      const deadline = Date.now() + 20_000;
      while (heard === 0 && Date.now() < deadline) {
        await client.transaction(async (tx) => {
          await tx.query(`select pg_notify('ch_${name}', 'x')`);
        });
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(heard).toBeGreaterThan(0);
      await stop();
    });

    it("keeps two transactions apart: one sees the other's rows only after its commit", async () => {
      const client = await open();
      await client.exec(`drop table if exists i_${name}; create table i_${name} (id int)`);
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const first = client.transaction(async (tx) => {
        await tx.query(`insert into i_${name} values (1)`);
        await held;
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      const second = client.transaction(
        async (tx) => (await tx.query(`select count(*)::int as n from i_${name}`)).rows,
      );
      release();
      await first;
      expect(await second).toEqual([{ n: 1 }]);
    });

    it("runs a prepared statement like any other, also after the search path moves to another schema", async () => {
      const client = await open();
      await client.exec(
        `drop schema if exists pa_${name} cascade; drop schema if exists pb_${name} cascade;
         create schema pa_${name}; create schema pb_${name};
         create table pa_${name}.notes (id int, note text); create table pb_${name}.notes (id int, note text);
         insert into pa_${name}.notes values (1, 'in a'); insert into pb_${name}.notes values (1, 'in b')`,
      );
      const statement = prepared("select note from notes where id = $1");
      const noteIn = (schema: string) =>
        client.transaction(async (tx) => {
          await tx.query(`set local search_path to ${schema}`);
          return (await tx.query<{ note: string }>(statement, [1])).rows.map((row) => row.note);
        });
      // Enough runs for PostgreSQL to switch to its generic plan (after five).
      for (let i = 0; i < 7; i++) expect(await noteIn(`pa_${name}`)).toEqual(["in a"]);
      expect(await noteIn(`pb_${name}`)).toEqual(["in b"]);
    });
  });
}

describe("prepared statements on a PostgreSQL server", () => {
  it("are prepared once per connection under their name, and unmarked statements are not", async () => {
    const client = createPostgresClient({ connectionString: db.url, max: 1 });
    clients.push(client);
    const marked = prepared("select $1::int + 1 as n");
    for (let i = 0; i < 3; i++) expect((await client.query(marked, [i])).rows).toEqual([{ n: i + 1 }]);
    await client.query("select $1::int + 2 as n", [1]);
    const { rows } = await client.query<{ statement: string }>(
      "select statement from pg_prepared_statements order by statement",
    );
    expect(rows.map((row) => row.statement)).toEqual([marked]);
  });
});

describe("PGlite on a worker thread", () => {
  it("keeps this thread running during a long statement", async () => {
    const client = await createPgliteClient({ thread: "worker" });
    clients.push(client);
    let ticks = 0;
    const timer = setInterval(() => {
      ticks += 1;
    }, 10);
    try {
      await client.query("select pg_sleep(1)");
    } finally {
      clearInterval(timer);
    }
    // On the calling thread PGlite would block it: the timer could not fire once.
    expect(ticks).toBeGreaterThan(0);
  });

  it("keeps its data on disk across a reopen", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bz-pglite-worker-"));
    try {
      const first = await createPgliteClient({ dataDir: join(dir, "db"), thread: "worker" });
      await first.exec("create table kept (id int); insert into kept values (7)");
      await first.close();
      const again = await createPgliteClient({ dataDir: join(dir, "db"), thread: "worker" });
      clients.push(again);
      expect((await again.query("select id from kept")).rows).toEqual([{ id: 7 }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
