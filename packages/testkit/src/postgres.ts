import "./provided.ts";
import { afterAll, beforeAll, inject } from "vitest";
import { createDatabase, type DroppableDatabase, type TestDatabase } from "./database.ts";

/** Creates a fresh, empty database on the run's PostgreSQL server; `drop()` removes it. */
export function createTestDatabase(adminUrl = inject("postgresAdminUrl")): Promise<DroppableDatabase> {
  return createDatabase(adminUrl);
}

/**
 * Gives the calling test file its own database, created before its tests and dropped after them.
 * Read `.url` inside tests or hooks (it is set once the file's `beforeAll` ran).
 */
export function useTestDatabase(): TestDatabase {
  let created: DroppableDatabase | undefined;
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
