import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEmbeddedEventLog } from "@bz/event-log";
import { runEventLogContract } from "@bz/event-log/testing";
import { uniqueName } from "@bz/testkit";

runEventLogContract("embedded", async () => {
  const dataDir = await mkdtemp(join(tmpdir(), "bz-event-log-"));
  const log = await createEmbeddedEventLog({ dataDir });
  return {
    log,
    topicName: uniqueName,
    async cleanup() {
      await log.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
});
