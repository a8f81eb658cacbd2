import { createPublicKey, type KeyObject, sign } from "node:crypto";
import { appendFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { BzError } from "@bz/errors";
import type { SqlClient } from "@bz/sql";
import { createAccessLog, roleName } from "./access-log.ts";
import { checkpointMessage, type SignedCheckpoint } from "./checkpoints.ts";

/** NEN 7513 asks to keep access-log entries at least five years: the default retention. */
export const defaultRetentionYears = 5;

/** The moment before which entries may go: `years` calendar years before `now`. */
export function retentionCutoff(now: Date, years = defaultRetentionYears): Date {
  if (!Number.isInteger(years) || years < 1) {
    throw new BzError("CONFIG_INVALID", `retention ${years} years: give a whole number of years, at least 1`);
  }
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cutoff;
}

/** What a purge is told. */
export interface PurgeOptions {
  /** Entries recorded before this moment go (see {@link retentionCutoff}). */
  before: Date;
  /** The checkpoint signing key (Ed25519): the anchor is signed with it. */
  privateKey: KeyObject;
  /** A hardened install's owner role, to act as (`set local role`) when connected as a member of it. */
  owner?: string;
  /** Also append the anchor to this checkpoint file, kept off the database host. */
  checkpoints?: string;
  now?: Date;
}

/** What a purge did: how many entries it removed and the anchor the kept chain now starts from. */
export interface PurgeResult {
  purged: number;
  anchor: SignedCheckpoint | undefined;
}

type Target = { sequence: number; hash: string } | undefined;

/**
 * Removes the entries older than the retention: the longest run from the start of the chain whose
 * entries are all older than `before`. First the whole chain must verify (a broken log is kept as
 * evidence); then, in one transaction as the log's owner, a signed anchor for the last removed link
 * is stored and the entries up to it are deleted, so verify starts from the anchor and still finds
 * an edit, a deletion or a truncation of what is kept (ADR 0063).
 */
export async function purgeAccessLog(sql: SqlClient, options: PurgeOptions): Promise<PurgeResult> {
  const log = await createAccessLog(sql);
  const broken = await log.verify({ anchorKey: createPublicKey(options.privateKey) });
  if (broken !== undefined) {
    throw new BzError(
      "ACCESS_LOG_CHAIN_BROKEN",
      `the access log's chain does not hold at sequence ${broken}, so nothing is purged (the log is evidence); investigate with access-log verify`,
      { details: { sequence: broken } },
    );
  }
  const now = options.now ?? new Date();
  const result = await sql.transaction(async (tx): Promise<PurgeResult> => {
    if (options.owner !== undefined) await tx.query(`set local role ${roleName(options.owner)}`);
    const { rows: anchors } = await tx.query<{ sequence: string | null }>(
      "select max(sequence)::text as sequence from access_log.anchors",
    );
    const anchoredUpTo = Number(anchors[0]?.sequence ?? 0);
    // The first entry to keep; without one, everything up to the head goes.
    const { rows: kept } = await tx.query<{ sequence: string; previous_hash: string }>(
      `select e.sequence::text as sequence, e.previous_hash from access_log.entries e
        where e.sequence > $1 and e.at >= $2 order by e.sequence limit 1`,
      [anchoredUpTo, options.before.toISOString()],
    );
    let target: Target;
    const first = kept[0];
    if (first !== undefined) {
      target = { sequence: Number(first.sequence) - 1, hash: first.previous_hash };
    } else {
      const { rows: head } = await tx.query<{ sequence: string; hash: string }>(
        "select sequence::text as sequence, hash from access_log.chain_head where id = 1",
      );
      const row = head[0];
      target = row === undefined ? undefined : { sequence: Number(row.sequence), hash: row.hash };
    }
    if (target === undefined || target.sequence <= anchoredUpTo) return { purged: 0, anchor: undefined };
    const unsigned = { sequence: target.sequence, hash: target.hash, at: now.toISOString() };
    const anchor: SignedCheckpoint = {
      ...unsigned,
      signature: sign(null, checkpointMessage(unsigned), options.privateKey).toString("base64"),
    };
    await tx.query(
      `insert into access_log.anchors (sequence, hash, signed_at, signature, purged_before)
         values ($1, $2, $3, $4, $5)`,
      [anchor.sequence, anchor.hash, anchor.at, anchor.signature, options.before.toISOString()],
    );
    const deleted = await tx.query("delete from access_log.entries where sequence > $1 and sequence <= $2", [
      anchoredUpTo,
      anchor.sequence,
    ]);
    return { purged: deleted.rowCount, anchor };
  });
  if (result.anchor !== undefined && options.checkpoints !== undefined) {
    mkdirSync(dirname(options.checkpoints), { recursive: true });
    appendFileSync(options.checkpoints, `${JSON.stringify(result.anchor)}\n`);
  }
  return result;
}
