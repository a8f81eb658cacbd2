import "./provided.ts";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";

/** A database created for one test file on the real PostgreSQL server. */
export interface TestDatabase {
  readonly url: string;
  readonly name: string;
}

function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates a fresh, empty database; `drop()` removes it even while connections remain. */
export async function createTestDatabase(
  adminUrl = inject("postgresAdminUrl"),
): Promise<TestDatabase & { drop(): Promise<void> }> {
  const name = `bz_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  return {
    name,
    url: databaseUrl(adminUrl, name),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

/**
 * Gives the calling test file its own database, created before its tests and dropped after them.
 * Read `.url` inside tests or hooks (it is set once the file's `beforeAll` ran).
 */
export function useTestDatabase(): TestDatabase {
  let created: (TestDatabase & { drop(): Promise<void> }) | undefined;
  beforeAll(async () => {
    created = await createTestDatabase();
  });
  afterAll(async () => {
    await created?.drop();
  });
  return {
    get url() {
      if (created === undefined) throw new Error("useTestDatabase(): read .url inside a test or hook");
      return created.url;
    },
    get name() {
      if (created === undefined) throw new Error("useTestDatabase(): read .name inside a test or hook");
      return created.name;
    },
  };
}
