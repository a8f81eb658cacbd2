import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify as verifySignature,
} from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { AccessLog } from "./access-log.ts";

/**
 * A signed statement "the log's chain had link `sequence` with hash `hash` at `at`", kept outside
 * the database: whoever rewrites or truncates the log cannot also rewrite what was signed earlier.
 */
export interface SignedCheckpoint {
  sequence: number;
  hash: string;
  at: string;
  /** Ed25519 signature (base64) over {@link checkpointMessage}. */
  signature: string;
}

/** The exact bytes a checkpoint's signature covers. */
export function checkpointMessage(checkpoint: Omit<SignedCheckpoint, "signature">): Buffer {
  return Buffer.from(
    `bz-access-log-checkpoint:v1:${checkpoint.sequence}:${checkpoint.hash}:${checkpoint.at}`,
  );
}

/** An Ed25519 key pair for checkpoints, kept as PEM in `file` (private, 0600) and `file.pub`. */
export function checkpointKey(file: string): { privateKey: KeyObject; publicKey: KeyObject } {
  if (!existsSync(file)) {
    const pair = generateKeyPairSync("ed25519");
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, pair.privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
    writeFileSync(`${file}.pub`, pair.publicKey.export({ type: "spki", format: "pem" }));
  }
  const privateKey = createPrivateKey(readFileSync(file));
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

/** Signs the log's current head and appends the checkpoint as one JSON line to `file`. */
export async function writeCheckpoint(
  log: AccessLog,
  privateKey: KeyObject,
  file: string,
  now = new Date(),
): Promise<SignedCheckpoint> {
  const head = await log.headOf();
  const unsigned = { sequence: head.sequence, hash: head.hash, at: now.toISOString() };
  const checkpoint = {
    ...unsigned,
    signature: sign(null, checkpointMessage(unsigned), privateKey).toString("base64"),
  };
  mkdirSync(dirname(file), { recursive: true });
  appendFileSync(file, `${JSON.stringify(checkpoint)}\n`);
  return checkpoint;
}

/** What checking the checkpoints found: all hold, or the first that does not and why. */
export type CheckpointReport =
  | {
      ok: true;
      checked: number;
      /** Checkpoints older than a purge's anchor: their links are gone, the signed anchor covers them. */
      purged?: number;
    }
  | {
      ok: false;
      sequence: number;
      reason: "BAD_SIGNATURE" | "LINK_MISSING" | "LINK_CHANGED" | "HEAD_BEHIND" | "BAD_ANCHOR";
    };

/** True when `checkpoint` carries a valid signature by `publicKey`. */
function signedBy(checkpoint: SignedCheckpoint, publicKey: KeyObject): boolean {
  const { signature, ...unsigned } = checkpoint;
  return verifySignature(null, checkpointMessage(unsigned), publicKey, Buffer.from(signature, "base64"));
}

/**
 * Checks every checkpoint in `file` against the log: its signature with `publicKey`, the stored
 * link at its sequence, and a head at or beyond it. Detects truncation and wholesale rewriting,
 * which a hash chain alone cannot (a rewritten chain is internally consistent). After a purge, the
 * anchor must be signed by the same key (BAD_ANCHOR otherwise); checkpoints before it are counted
 * as purged, and one at the anchor must name the anchor's hash.
 */
export async function verifyCheckpoints(
  log: AccessLog,
  file: string,
  publicKey: KeyObject,
): Promise<CheckpointReport> {
  const lines = existsSync(file)
    ? readFileSync(file, "utf8")
        .split("\n")
        .filter((line) => line.trim() !== "")
    : [];
  const head = await log.headOf();
  const anchor = await log.anchor();
  if (anchor !== undefined && !signedBy(anchor, publicKey)) {
    return { ok: false, sequence: anchor.sequence, reason: "BAD_ANCHOR" };
  }
  let checked = 0;
  let purged = 0;
  for (const line of lines) {
    const checkpoint = JSON.parse(line) as SignedCheckpoint;
    if (!signedBy(checkpoint, publicKey)) {
      return { ok: false, sequence: checkpoint.sequence, reason: "BAD_SIGNATURE" };
    }
    if (head.sequence < checkpoint.sequence)
      return { ok: false, sequence: checkpoint.sequence, reason: "HEAD_BEHIND" };
    if (anchor !== undefined && checkpoint.sequence < anchor.sequence) {
      purged += 1;
      continue;
    }
    if (anchor !== undefined && checkpoint.sequence === anchor.sequence) {
      if (checkpoint.hash !== anchor.hash)
        return { ok: false, sequence: checkpoint.sequence, reason: "LINK_CHANGED" };
    } else if (checkpoint.sequence > 0) {
      const stored = await log.linkAt(checkpoint.sequence);
      if (stored === undefined) return { ok: false, sequence: checkpoint.sequence, reason: "LINK_MISSING" };
      if (stored !== checkpoint.hash)
        return { ok: false, sequence: checkpoint.sequence, reason: "LINK_CHANGED" };
    }
    checked += 1;
  }
  return purged === 0 ? { ok: true, checked } : { ok: true, checked, purged };
}
