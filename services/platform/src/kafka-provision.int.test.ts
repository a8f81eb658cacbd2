import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { promisify } from "node:util";
import { partners } from "@bz/contracts";
import { kafkaSaslAccess } from "@bz/testkit";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const cli = join(import.meta.dirname, "cli.ts");

describe("platform kafka provision", () => {
  it("creates the catalogue's topics and ACLs and says so; run again, it changes nothing", async () => {
    const sasl = kafkaSaslAccess();
    const suffix = `.p${randomBytes(3).toString("hex")}`;
    const env = {
      ...process.env,
      BZ_KAFKA_BROKERS: sasl.brokers,
      BZ_KAFKA_SASL_USERNAME: "admin",
      BZ_KAFKA_SASL_PASSWORD: sasl.passwords.admin ?? "",
      BZ_TOPIC_SUFFIX: suffix,
      BZ_PARTITIONS: "2",
    };
    const first = await run(process.execPath, [cli, "kafka", "provision"], { env });
    for (const partner of partners) {
      expect(first.stdout).toContain(`+ topic care.${partner.slug}.v1${suffix} (2 partitions)`);
      expect(first.stdout).toContain(
        `+ acl User:partner-${partner.slug} WRITE topic care.${partner.slug}.v1${suffix}`,
      );
    }
    expect(first.stdout).toMatch(/\d+ change\(s\) made/);
    const second = await run(process.execPath, [cli, "kafka", "provision"], { env });
    expect(second.stdout).not.toContain("+ ");
    expect(second.stdout).toContain(`nothing to change: ${partners.length * 2} topics`);
    // Without a super user's credentials it refuses, naming why.
    const refused = await run(process.execPath, [cli, "kafka", "provision"], {
      env: {
        ...env,
        BZ_KAFKA_SASL_USERNAME: "recorder",
        BZ_KAFKA_SASL_PASSWORD: sasl.passwords.recorder ?? "",
      },
    }).then(
      () => undefined,
      (error: { stderr: string; code: number }) => error,
    );
    expect(refused?.code).toBe(1);
    expect(refused?.stderr).toContain("LOG_NOT_AUTHORIZED");
  });
});
