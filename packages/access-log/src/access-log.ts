import { createHash, type KeyObject, verify as verifySignature } from "node:crypto";
import { BzError } from "@bz/errors";
import { prepared, type SqlClient, type SqlQueryable } from "@bz/sql";
import { checkpointMessage, type SignedCheckpoint } from "./checkpoints.ts";
import {
  type AccessEntry,
  type ChainedEntry,
  canonicalTail,
  chainChecker,
  genesisHash,
} from "./domain/access-entry.ts";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
// Serialises schema creation only; appends queue on the chain head's row lock.
const migrateLockKey = 7513;
const verifyPageSize = 1000;

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
  // The verified role the user acted with (null on entries logged before it was recorded).
  "alter table access_log.entries add column if not exists actor_role text",
  // The append functions before the role: replaced by the ones below, which take it.
  "drop function if exists access_log.append(text, timestamptz, text, text, text, text, text, text, text, jsonb, text, text, text, text, boolean)",
  "drop function if exists access_log.append_many(text[], timestamptz[], text[], text[], text[], text[], text[], text[], text[], text[], text[], text[], text[], text[], boolean[])",
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
  // Retention (ADR 0063): a purge replaces the entries before the first kept one by a signed anchor,
  // the link verify then starts from. Anchors are append-only too.
  `create table if not exists access_log.anchors (
    sequence bigint primary key,
    hash text not null,
    signed_at text not null,
    signature text not null,
    purged_before timestamptz not null,
    recorded_at timestamptz not null default now()
  )`,
  // Edits never; a delete only of entries a signed anchor already covers, and only by the log's
  // owner (a hardened install's services hold no DELETE at all).
  `create or replace function access_log.refuse_entry_change() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE'
         and old.sequence <= coalesce((select max(a.sequence) from access_log.anchors a), 0)
         and pg_has_role(current_user,
               (select c.relowner from pg_catalog.pg_class c where c.oid = 'access_log.entries'::regclass),
               'MEMBER') then
        return old;
      end if;
      raise exception 'the access log is append-only: % is not allowed', tg_op;
    end
  $$`,
  "drop trigger if exists entries_append_only on access_log.entries",
  `create trigger entries_append_only before update or delete on access_log.entries
    for each row execute function access_log.refuse_entry_change()`,
  "drop trigger if exists anchors_kept on access_log.anchors",
  `create trigger anchors_kept before update or delete or truncate on access_log.anchors
    for each statement execute function access_log.refuse_change()`,
  "drop trigger if exists entries_no_truncate on access_log.entries",
  `create trigger entries_no_truncate before truncate on access_log.entries
    for each statement execute function access_log.refuse_change()`,
  "drop trigger if exists chain_head_kept on access_log.chain_head",
  `create trigger chain_head_kept before delete or truncate on access_log.chain_head
    for each statement execute function access_log.refuse_change()`,
];

// The only way in: a SECURITY DEFINER function owned by the schema owner. In one statement it
// advances the head (waiting for its row lock; READ COMMITTED re-reads the row the previous
// appender committed), hashes the new link in the database exactly as canonicalEntry does in
// TypeScript, and inserts the entry. Without a head row nothing is inserted: the caller fails.
const appendSignature =
  "access_log.append(text, timestamptz, text, text, text, text, text, text, text, jsonb, text, text, text, text, boolean, text)";
const appendFunction = `
  create or replace function ${appendSignature}
  returns table (out_sequence text, out_previous_hash text, out_hash text)
  language sql security definer set search_path = pg_catalog, pg_temp as $fn$
    with head as (
      update access_log.chain_head
         set sequence = sequence + 1,
             previous_hash = hash,
             hash = encode(sha256(convert_to('[' || (sequence + 1)::text || ',"' || hash || '",' || $1, 'UTF8')), 'hex')
       where id = 1
      returning sequence, previous_hash, hash
    )
    insert into access_log.entries (sequence, at, action, subject, user_id, on_behalf_of, organisation, access_point,
       object_kind, object_ids, purpose, legal_basis, consent_ref, care_relationship, emergency, actor_role, previous_hash,
       hash)
    select head.sequence, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, head.previous_hash, head.hash
      from head
    returning entries.sequence::text, entries.previous_hash, entries.hash
  $fn$`;

// Group commit: many entries in one statement and one visit to the head row. The head is locked
// once (SELECT FOR UPDATE re-reads the newest committed head after waiting), each entry is linked
// to the one before it exactly as append does, and the head moves once at the end.
const appendManySignature =
  "access_log.append_many(text[], timestamptz[], text[], text[], text[], text[], text[], text[], text[], text[], text[], text[], text[], text[], boolean[], text[])";
const appendManyFunction = `
  create or replace function ${appendManySignature}
  returns table (out_sequence text, out_previous_hash text, out_hash text)
  language plpgsql security definer set search_path = pg_catalog, pg_temp as $fn$
  declare
    head_sequence bigint;
    head_hash text;
    link_previous text;
    head_previous text;
  begin
    select h.sequence, h.hash, h.previous_hash into head_sequence, head_hash, head_previous
      from access_log.chain_head h where h.id = 1 for update;
    if not found then
      return;
    end if;
    for i in 1 .. coalesce(array_length($1, 1), 0) loop
      link_previous := head_hash;
      head_sequence := head_sequence + 1;
      head_hash := encode(sha256(convert_to('[' || head_sequence::text || ',"' || link_previous || '",' || $1[i], 'UTF8')), 'hex');
      insert into access_log.entries (sequence, at, action, subject, user_id, on_behalf_of, organisation, access_point,
         object_kind, object_ids, purpose, legal_basis, consent_ref, care_relationship, emergency, actor_role,
         previous_hash, hash)
      values (head_sequence, $2[i], $3[i], $4[i], $5[i], $6[i], $7[i], $8[i], $9[i], $10[i]::jsonb, $11[i], $12[i],
         $13[i], $14[i], $15[i], $16[i], link_previous, head_hash);
      head_previous := link_previous;
      out_sequence := head_sequence::text;
      out_previous_hash := link_previous;
      out_hash := head_hash;
      return next;
    end loop;
    update access_log.chain_head set sequence = head_sequence, previous_hash = head_previous, hash = head_hash
      where id = 1;
  end
  $fn$`;

const appendManyStatement =
  prepared(`select out_sequence as sequence, out_previous_hash as previous_hash, out_hash as hash
  from access_log.append_many($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`);

/** Most entries one group commit writes. */
const maxGroup = 200;

const appendStatement =
  prepared(`select out_sequence as sequence, out_previous_hash as previous_hash, out_hash as hash
  from access_log.append($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`);

/** Roles of a hardened install (server mode): who owns the log, and who may only append and read. */
export interface AccessLogRoles {
  /** Owns schema, tables and functions; no service connects as it (NOLOGIN is best). */
  owner: string;
  /** The service roles (query API ...): EXECUTE on append, SELECT on the log; nothing else. */
  writers: readonly string[];
}

/** A plain role name, or throws: role names go into SQL unquoted. */
export const roleName = (name: string) => {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`${name} is not a plain role name`);
  return name;
};

/**
 * Creates (or upgrades) the log's schema. With `roles`, run it as a superuser or a member of the
 * owner role: the owner then owns everything, PUBLIC gets nothing, and the writers may only call
 * append and read. Without roles (embedded mode, development) the connecting role owns it all.
 */
export async function installAccessLog(sql: SqlClient, roles?: AccessLogRoles): Promise<void> {
  await sql.transaction(async (tx) => {
    await tx.query("select pg_advisory_xact_lock($1)", [migrateLockKey]);
    for (const statement of statements) await tx.query(statement);
    await tx.query(appendFunction);
    await tx.query(appendManyFunction);
    if (roles === undefined) return;
    const owner = roleName(roles.owner);
    for (const statement of [
      `alter schema access_log owner to ${owner}`,
      `alter table access_log.entries owner to ${owner}`,
      `alter table access_log.chain_head owner to ${owner}`,
      `alter table access_log.anchors owner to ${owner}`,
      `alter function access_log.refuse_change() owner to ${owner}`,
      `alter function access_log.refuse_entry_change() owner to ${owner}`,
      `alter function ${appendSignature} owner to ${owner}`,
      `alter function ${appendManySignature} owner to ${owner}`,
      `revoke all on function ${appendManySignature} from public`,
      "revoke all on schema access_log from public",
      "revoke all on all tables in schema access_log from public",
      `revoke all on function ${appendSignature} from public`,
    ]) {
      await tx.query(statement);
    }
    for (const writer of roles.writers.map(roleName)) {
      for (const statement of [
        `revoke all on all tables in schema access_log from ${writer}`,
        `grant usage on schema access_log to ${writer}`,
        `grant select on access_log.entries, access_log.chain_head, access_log.anchors to ${writer}`,
        `grant execute on function ${appendSignature} to ${writer}`,
        `grant execute on function ${appendManySignature} to ${writer}`,
      ]) {
        await tx.query(statement);
      }
    }
  });
}

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
  actor_role: string | null;
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
    ...(row.actor_role === null ? {} : { role: row.actor_role }),
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
  /**
   * Streams the whole chain (constant memory) and checks the head too; the sequence of the first
   * broken link (changed, removed, or cut from the end), or undefined if intact. After a purge the
   * chain starts at the newest signed anchor; with `anchorKey` (the checkpoint public key) the
   * anchor's signature is checked too, and a forged anchor is reported at its sequence.
   */
  verify(options?: { anchorKey?: KeyObject }): Promise<number | undefined>;
  /** The newest anchor a purge left (the signed link the kept chain starts from), if any. */
  anchor(): Promise<SignedCheckpoint | undefined>;
  /** Group-commit counters of appends on the log's own client: statements run, entries they wrote. */
  groupCommits(): { statements: number; entries: number };
  /** The chain head: the newest link's sequence and hash (what a signed checkpoint covers). */
  headOf(): Promise<{ sequence: number; hash: string }>;
  /** The stored hash of one link, or undefined when it is missing. */
  linkAt(sequence: number): Promise<string | undefined>;
}

interface Pending {
  entry: AccessEntry;
  resolve: (stored: ChainedEntry) => void;
  reject: (error: unknown) => void;
}

type Link = { sequence: number; previousHash: string; hash: string };

const unavailable = (cause: unknown) =>
  new BzError(
    "ACCESS_LOG_UNAVAILABLE",
    "the access could not be logged, so no data is returned; retry later",
    {
      retryable: true,
      cause,
    },
  );

function paramsOf(entry: AccessEntry): unknown[] {
  return [
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
    entry.role ?? null,
  ];
}

type LinkRow = { sequence: string; previous_hash: string; hash: string };
const toLink = (row: LinkRow): Link => ({
  sequence: Number(row.sequence),
  previousHash: row.previous_hash,
  hash: row.hash,
});

async function appendOne(runner: SqlQueryable, entry: AccessEntry): Promise<Link> {
  const { rows } = await runner.query<LinkRow>(appendStatement, paramsOf(entry));
  const row = rows[0];
  if (row === undefined) throw new Error("access_log.chain_head has no row: the chain cannot be extended");
  return toLink(row);
}

async function appendMany(runner: SqlQueryable, entries: AccessEntry[]): Promise<Link[]> {
  if (entries.length === 1 && entries[0] !== undefined) return [await appendOne(runner, entries[0])];
  const columns = entries.map(paramsOf);
  const params = paramsOf(entries[0] as AccessEntry).map((_, c) => columns.map((row) => row[c]));
  const { rows } = await runner.query<LinkRow>(appendManyStatement, params);
  return rows.map(toLink);
}

/** Creates the log's table (append-only by trigger) when missing, on PostgreSQL or PGlite. */
export async function createAccessLog(sql: SqlClient): Promise<AccessLog> {
  // A hardened install belongs to another role: the service then neither can nor should migrate it.
  const { rows: present } = await sql.query<{ installed: boolean }>(
    `select to_regprocedure($1) is not null and to_regprocedure($2) is not null
            and to_regclass('access_log.chain_head') is not null
            and to_regclass('access_log.anchors') is not null as installed`,
    [appendSignature, appendManySignature],
  );
  if (present[0]?.installed !== true) await installAccessLog(sql);
  const readAnchor = async (): Promise<SignedCheckpoint | undefined> => {
    const { rows } = await sql.query<{
      sequence: string;
      hash: string;
      signed_at: string;
      signature: string;
    }>(
      "select sequence::text as sequence, hash, signed_at, signature from access_log.anchors order by sequence desc limit 1",
    );
    const row = rows[0];
    return row === undefined
      ? undefined
      : { sequence: Number(row.sequence), hash: row.hash, at: row.signed_at, signature: row.signature };
  };
  // Qualified names: a bare `order by sequence` would sort by the text alias, so "9" after "10".
  const columns =
    "e.sequence::text as sequence, at, action, subject, user_id, on_behalf_of, organisation, access_point, object_kind, object_ids, purpose, legal_basis, consent_ref, care_relationship, emergency, actor_role, previous_hash, hash";
  // Group commit (ADR 0032): appends on the log's own client queue here, and one statement at a time
  // writes everything queued, so concurrent readers share one visit to the head row. Appends inside
  // a caller's transaction go alone, to commit with it.
  let queue: Pending[] = [];
  let flushing = false;
  const counts = { statements: 0, entries: 0 };
  const flush = async () => {
    flushing = true;
    try {
      while (queue.length > 0) {
        const batch = queue.slice(0, maxGroup);
        queue = queue.slice(batch.length);
        try {
          const links = await appendMany(
            sql,
            batch.map((p) => p.entry),
          );
          counts.statements += 1;
          counts.entries += links.length;
          batch.forEach((p, i) => {
            const link = links[i];
            if (link === undefined) p.reject(unavailable(new Error("the chain head has no row")));
            else p.resolve({ ...p.entry, ...link });
          });
        } catch (cause) {
          // One bad entry must not cost the others their answer: retry each alone.
          if (batch.length === 1) batch[0]?.reject(unavailable(cause));
          else {
            for (const p of batch) {
              await appendOne(sql, p.entry).then(
                (link) => p.resolve({ ...p.entry, ...link }),
                (error: unknown) => p.reject(unavailable(error)),
              );
            }
          }
        }
      }
    } finally {
      flushing = false;
    }
  };
  return {
    async record(runner, entry) {
      if (runner !== sql) {
        try {
          return { ...entry, ...(await appendOne(runner, entry)) };
        } catch (cause) {
          throw unavailable(cause);
        }
      }
      return new Promise<ChainedEntry>((resolve, reject) => {
        queue.push({ entry, resolve, reject });
        if (!flushing) void flush();
      });
    },
    groupCommits() {
      return { ...counts };
    },
    async entriesFor(subject, page = {}) {
      const { rows } = await sql.query<EntryRow>(
        `select ${columns} from access_log.entries e where e.subject = $1 and e.sequence > $2
          order by e.sequence limit $3`,
        [subject, page.after ?? 0, page.limit ?? null],
      );
      return rows.map(toEntry);
    },
    anchor: readAnchor,
    async verify(options = {}) {
      const anchor = await readAnchor();
      if (anchor !== undefined && options.anchorKey !== undefined) {
        const { signature, ...unsigned } = anchor;
        const signed = verifySignature(
          null,
          checkpointMessage(unsigned),
          options.anchorKey,
          Buffer.from(signature, "base64"),
        );
        if (!signed) return anchor.sequence;
      }
      // Streams the chain in keyset pages, so memory stays constant however long the log is.
      const checker = chainChecker(sha256, anchor);
      let after = anchor?.sequence ?? 0;
      for (;;) {
        const { rows } = await sql.query<EntryRow>(
          `select ${columns} from access_log.entries e where e.sequence > $1 order by e.sequence limit $2`,
          [after, verifyPageSize],
        );
        for (const row of rows) {
          const broken = checker.next(toEntry(row));
          if (broken !== undefined) return broken;
        }
        const last = rows.at(-1);
        if (last === undefined || rows.length < verifyPageSize) break;
        after = Number(last.sequence);
      }
      // The head must name the last entry: entries cut from the end show as a head ahead of them.
      const intact = checker.last();
      const { rows: head } = await sql.query<{ sequence: string; hash: string }>(
        "select sequence::text as sequence, hash from access_log.chain_head where id = 1",
      );
      const headSequence = Number(head[0]?.sequence ?? -1);
      if (headSequence === intact.sequence && head[0]?.hash === intact.hash) return undefined;
      return Math.min(Math.max(headSequence, 0), intact.sequence) + 1;
    },
    async headOf() {
      const { rows } = await sql.query<{ sequence: string; hash: string }>(
        "select sequence::text as sequence, hash from access_log.chain_head where id = 1",
      );
      const row = rows[0];
      if (row === undefined) throw new Error("access_log.chain_head has no row");
      return { sequence: Number(row.sequence), hash: row.hash };
    },
    async linkAt(sequence) {
      const { rows } = await sql.query<{ hash: string }>(
        "select hash from access_log.entries where sequence = $1",
        [sequence],
      );
      return rows[0]?.hash;
    },
  };
}
