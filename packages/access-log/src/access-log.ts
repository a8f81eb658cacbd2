import { createHash } from "node:crypto";
import { BzError } from "@bz/errors";
import type { SqlClient, SqlQueryable } from "@bz/sql";
import {
  type AccessEntry,
  type ChainedEntry,
  canonicalTail,
  firstBrokenLink,
  genesisHash,
} from "./domain/access-entry.ts";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
// Serialises schema creation only; appends queue on the chain head's row lock.
const migrateLockKey = 7513;

const statements = [
  "create schema if not exists access_log",
  `create table if not exists access_log.entries (
    sequence bigint primary key,
    at timestamptz not null,
    action text not null,
    subject text not null,
    user_id text not null,
    on_behalf_of text not null,
    organisation text not null,
    access_point text not null,
    object_kind text not null,
    object_ids jsonb not null,
    purpose text not null,
    legal_basis text not null,
    consent_ref text,
    care_relationship text,
    emergency boolean not null,
    previous_hash text not null,
    hash text not null
  )`,
  "create index if not exists entries_subject on access_log.entries (subject, sequence)",
  // The newest link of the chain, in one row: an append updates it and inserts the entry in one
  // statement, so the row lock that keeps the chain linear is held for no client round trip.
  `create table if not exists access_log.chain_head (
    id int primary key check (id = 1),
    sequence bigint not null,
    hash text not null,
    previous_hash text not null
  )`,
  `insert into access_log.chain_head (id, sequence, hash, previous_hash)
    select 1, coalesce(max(e.sequence), 0),
           coalesce((select l.hash from access_log.entries l order by l.sequence desc limit 1), '${genesisHash}'),
           '${genesisHash}'
      from access_log.entries e
    on conflict (id) do nothing`,
  `create or replace function access_log.refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception 'the access log is append-only: % is not allowed', tg_op;
    end
  $$`,
  "drop trigger if exists entries_append_only on access_log.entries",
  `create trigger entries_append_only before update or delete on access_log.entries
    for each row execute function access_log.refuse_change()`,
  "drop trigger if exists entries_no_truncate on access_log.entries",
  `create trigger entries_no_truncate before truncate on access_log.entries
    for each statement execute function access_log.refuse_change()`,
  "drop trigger if exists chain_head_kept on access_log.chain_head",
  `create trigger chain_head_kept before delete or truncate on access_log.chain_head
    for each statement execute function access_log.refuse_change()`,
];

// One statement: advance the head (waiting for its row lock; READ COMMITTED re-reads the row the
// previous appender committed), hash the new link in the database exactly as canonicalEntry does
// in TypeScript, and insert the entry. Without a head row nothing is inserted: the caller fails.
const appendStatement = `
  with head as (
    update access_log.chain_head
       set sequence = sequence + 1,
           previous_hash = hash,
           hash = encode(sha256(convert_to('[' || (sequence + 1)::text || ',"' || hash || '",' || $1, 'UTF8')), 'hex')
     where id = 1
    returning sequence, previous_hash, hash
  )
  insert into access_log.entries (sequence, at, action, subject, user_id, on_behalf_of, organisation, access_point,
     object_kind, object_ids, purpose, legal_basis, consent_ref, care_relationship, emergency, previous_hash, hash)
  select head.sequence, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, head.previous_hash, head.hash
    from head
  returning sequence::text as sequence, previous_hash, hash`;

interface EntryRow {
  sequence: string;
  at: Date | string;
  action: "read";
  subject: string;
  user_id: string;
  on_behalf_of: string;
  organisation: string;
  access_point: string;
  object_kind: string;
  object_ids: string[] | string;
  purpose: string;
  legal_basis: string;
  consent_ref: string | null;
  care_relationship: string | null;
  emergency: boolean;
  previous_hash: string;
  hash: string;
}

function toEntry(row: EntryRow): ChainedEntry {
  return {
    sequence: Number(row.sequence),
    at: new Date(row.at).toISOString(),
    action: row.action,
    subject: row.subject,
    userId: row.user_id,
    onBehalfOf: row.on_behalf_of,
    organisation: row.organisation,
    accessPoint: row.access_point,
    objects: {
      kind: row.object_kind,
      ids: typeof row.object_ids === "string" ? JSON.parse(row.object_ids) : row.object_ids,
    },
    purpose: row.purpose,
    legalBasis: row.legal_basis,
    consentRef: row.consent_ref,
    careRelationship: row.care_relationship,
    emergency: row.emergency,
    previousHash: row.previous_hash,
    hash: row.hash,
  };
}

/** The NEN 7513 access log: append-only (the database refuses changes) and hash-chained. */
export interface AccessLog {
  /**
   * Appends an entry in one statement: on the client it commits at once; on a transaction it
   * commits with it. Return the data it covers only after this resolved (fail closed). Returns the
   * stored entry; throws ACCESS_LOG_UNAVAILABLE when it cannot be stored.
   */
  record(sql: SqlQueryable, entry: AccessEntry): Promise<ChainedEntry>;
  /**
   * Accesses to one client's data, oldest first: what the client may ask to see. Paged by sequence:
   * entries after `after` (exclusive), at most `limit` (all when absent).
   */
  entriesFor(subject: string, page?: { after?: number; limit?: number }): Promise<ChainedEntry[]>;
  /** Recomputes the whole chain; the sequence of the first tampered entry, or undefined if intact. */
  verify(): Promise<number | undefined>;
}

/** Creates the log's table (append-only by trigger) when missing, on PostgreSQL or PGlite. */
export async function createAccessLog(sql: SqlClient): Promise<AccessLog> {
  await sql.transaction(async (tx) => {
    await tx.query("select pg_advisory_xact_lock($1)", [migrateLockKey]);
    for (const statement of statements) await tx.query(statement);
  });
  // Qualified names: a bare `order by sequence` would sort by the text alias, so "9" after "10".
  const columns =
    "e.sequence::text as sequence, at, action, subject, user_id, on_behalf_of, organisation, access_point, object_kind, object_ids, purpose, legal_basis, consent_ref, care_relationship, emergency, previous_hash, hash";
  return {
    async record(sql, entry) {
      try {
        const { rows } = await sql.query<{ sequence: string; previous_hash: string; hash: string }>(
          appendStatement,
          [
            canonicalTail(entry),
            entry.at,
            entry.action,
            entry.subject,
            entry.userId,
            entry.onBehalfOf,
            entry.organisation,
            entry.accessPoint,
            entry.objects.kind,
            JSON.stringify(entry.objects.ids),
            entry.purpose,
            entry.legalBasis,
            entry.consentRef,
            entry.careRelationship,
            entry.emergency,
          ],
        );
        const row = rows[0];
        if (row === undefined)
          throw new Error("access_log.chain_head has no row: the chain cannot be extended");
        const sequence = Number(row.sequence);
        const previousHash = row.previous_hash;
        const hash = row.hash;
        return { ...entry, sequence, previousHash, hash };
      } catch (cause) {
        throw new BzError(
          "ACCESS_LOG_UNAVAILABLE",
          "the access could not be logged, so no data is returned; retry later",
          {
            retryable: true,
            cause,
          },
        );
      }
    },
    async entriesFor(subject, page = {}) {
      const { rows } = await sql.query<EntryRow>(
        `select ${columns} from access_log.entries e where e.subject = $1 and e.sequence > $2
          order by e.sequence limit $3`,
        [subject, page.after ?? 0, page.limit ?? null],
      );
      return rows.map(toEntry);
    },
    async verify() {
      const { rows } = await sql.query<EntryRow>(
        `select ${columns} from access_log.entries e order by e.sequence`,
      );
      return firstBrokenLink(rows.map(toEntry), sha256);
    },
  };
}
