import { Writable } from "node:stream";
import { createLogger } from "@bz/observability";
import { describe, expect, it } from "vitest";

describe("createLogger", () => {
  it("writes JSON with the service bound and redacts personal fields", () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger({ service: "recorder", destination });
    logger
      .child({ partner: "envida" })
      .info({ client: { bsn: "111222333" }, apiKey: "secret-key" }, "received");
    const entry = JSON.parse(lines[0] ?? "{}");
    expect(entry).toMatchObject({ service: "recorder", partner: "envida", msg: "received" });
    expect(entry.client.bsn).toBe("[redacted]");
    expect(lines.join("")).not.toContain("111222333");
    expect(lines.join("")).not.toContain("secret-key");
  });
});
