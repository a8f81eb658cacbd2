import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { partners } from "@bz/contracts";
import { afterAll, describe, expect, it } from "vitest";
import { localApiKeys } from "./local-api-keys.ts";

const dir = mkdtempSync(join(tmpdir(), "bz-keys-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("local gateway keys", () => {
  it("given no file, makes one key per partner folder and keeps them on the next start", () => {
    const file = join(dir, "fresh", "keys.txt");
    const keys = localApiKeys(file);
    expect([...keys.keys()].sort()).toEqual(partners.map((p) => p.slug).sort());
    expect(localApiKeys(file)).toEqual(keys);
  });

  it("given a file from before a partner joined, keeps the old keys and adds the newcomer's", () => {
    const file = join(dir, "older.txt");
    const [first, ...rest] = partners;
    if (first === undefined || rest.length === 0) throw new Error("needs two partners");
    writeFileSync(file, `${first.slug}=bz_old-key\n`);
    const keys = localApiKeys(file);
    expect(keys.get(first.slug)).toBe("bz_old-key");
    for (const partner of rest) expect(keys.get(partner.slug)).toMatch(/^bz_[A-Za-z0-9_-]{32}$/);
    expect(readFileSync(file, "utf8")).toContain(`${first.slug}=bz_old-key`);
  });
});
