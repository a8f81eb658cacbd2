import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { probeDocker } from "@bz/testkit";
import { describe, expect, it } from "vitest";
import { eventStoreDbForRun } from "./containers.ts";

// Which EventStoreDB a test run gets, decided before any container library is loaded.
describe("the run's EventStoreDB", () => {
  it("given EVENTSTORE_URL, uses that server and starts nothing", async () => {
    const found = await eventStoreDbForRun({ EVENTSTORE_URL: "kurrentdb://esdb:2113?tls=false" }, () => {
      throw new Error("Docker must not be asked when a URL is given");
    });
    expect(found).toMatchObject({ url: "kurrentdb://esdb:2113?tls=false", started: false });
  });

  it("given EVENTSTORE_URL=none, skips its tests with that reason, even on a Docker host", async () => {
    expect(await eventStoreDbForRun({ EVENTSTORE_URL: "none" })).toEqual({
      url: undefined,
      reason: "EVENTSTORE_URL=none turns them off",
    });
  });

  it("given neither a URL nor Docker, gives one reason naming both and how to get a server", async () => {
    const folder = await mkdtemp(join(tmpdir(), "bz-no-docker-"));
    try {
      const env = { DOCKER_HOST: `unix://${join(folder, "docker.sock")}` };
      const found = await eventStoreDbForRun(env, probeDocker);
      expect(found.url).toBeUndefined();
      const reason = found.url === undefined ? found.reason : "";
      expect(reason).toContain("EVENTSTORE_URL is not set and no Docker engine reachable (no socket at");
      expect(reason).toContain("On a Docker host the run starts KurrentDB by itself");
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
