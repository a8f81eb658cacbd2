import { defineConfig } from "vitest/config";

// Two projects: fast unit tests, and integration tests that reach the real Kafka broker and
// PostgreSQL started (or found) by the testkit's global set-up.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts", "services/*/src/**/*.test.ts", "contracts/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "**/node_modules/**"],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: "int",
          include: [
            "**/*.int.test.ts",
            "test/{e2e,reliability,interop}/**/*.test.ts",
            "test/bench/*.test.ts",
          ],
          exclude: ["**/node_modules/**"],
          globalSetup: ["@bz/testkit/global-setup"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          maxWorkers: 2,
          minWorkers: 1,
        },
      },
    ],
  },
});
