import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { PseudonymKey } from "@bz/privacy";

/**
 * The embedded platform's pseudonym key: made once per data folder and kept beside the data, so
 * pseudonyms stay stable across restarts. Server mode takes keys from configuration instead.
 */
export function localPseudonymKey(file: string): PseudonymKey {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `local=${randomBytes(32).toString("base64")}\n`, { mode: 0o600 });
  }
  const [id, secret] = readFileSync(file, "utf8").trim().split("=", 2);
  if (id === undefined || secret === undefined)
    throw new Error(`${file} is not id=base64secret; delete it to make a new key`);
  return { id, secret: Buffer.from(secret, "base64") };
}
