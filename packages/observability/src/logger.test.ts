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
    logger.info({ req: { body: { events: [{ bsn: "123456782" }, { bsn: "999999990" }] } } }, "a batch");
    logger.info({ a: { b: { c: { bsn: "100000009" } } } }, "deep");
    const entry = JSON.parse(lines[0] ?? "{}");
    expect(entry).toMatchObject({ service: "recorder", partner: "envida", msg: "received" });
    expect(entry.client.bsn).toBe("[redacted]");
    for (const bsn of ["111222333", "123456782", "999999990", "100000009"])
      expect(lines.join("")).not.toContain(bsn);
    expect(lines).toHaveLength(3);
    expect(lines.join("")).not.toContain("secret-key");
  });
});
