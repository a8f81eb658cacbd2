import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * The embedded platform's ops credential: made once per data folder (mode 0600) and printed by
 * `make demo`. It stands in for a verified token with the OPS role until such tokens are wired.
 */
export function localOpsToken(file: string): string {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `bz_ops_${randomBytes(24).toString("base64url")}\n`, { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}
