import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { partners } from "@bz/contracts";

/**
 * The embedded platform's gateway keys: one per partner, made once per data folder and kept in
 * `file` as `slug=key` lines so a demo user can post events. A partner that joined since the file
 * was made (a new folder in contracts/partners) gets its key added. Server mode configures only hashes.
 */
export function localApiKeys(file: string): Map<string, string> {
  const keys = new Map<string, string>();
  if (existsSync(file)) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      const [slug, key] = line.trim().split("=", 2);
      if (slug !== undefined && key !== undefined && key !== "") keys.set(slug, key);
    }
  }
  const missing = partners.filter((partner) => !keys.has(partner.slug));
  if (missing.length > 0) {
    mkdirSync(dirname(file), { recursive: true });
    for (const partner of missing) keys.set(partner.slug, `bz_${randomBytes(24).toString("base64url")}`);
    const lines = [...keys].map(([slug, key]) => `${slug}=${key}`);
    writeFileSync(file, `${lines.join("\n")}\n`, { mode: 0o600 });
  }
  return keys;
}

/** The embedded platform's analyst key (ward figures), made once per data folder and kept in `file`. */
export function localAnalystKey(file: string): string {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `bz_analyst_${randomBytes(24).toString("base64url")}\n`, { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}
