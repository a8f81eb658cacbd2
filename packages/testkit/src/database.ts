import { randomBytes } from "node:crypto";
import pg from "pg";

/** A database of a test run or benchmark on the real PostgreSQL server. */
export interface TestDatabase {
  readonly url: string;
  readonly name: string;
}

/** A created database that `drop()` removes, even while connections remain. */
export interface DroppableDatabase extends TestDatabase {
  drop(): Promise<void>;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates a fresh, empty database named `<prefix>_<random>` through the server's `adminUrl`. */
export async function createDatabase(adminUrl: string, prefix = "bz_test"): Promise<DroppableDatabase> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  await withClient(adminUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      await withClient(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}
