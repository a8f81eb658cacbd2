import { randomUUID } from "node:crypto";
import { prepared, type SqlClient, type SqlQueryable } from "@bz/sql";

/** One use of the emergency procedure: a professional opened a client's timeline without consent. */
export interface BreakGlass {
  id: string;
  subject: string;
  userId: string;
  organisation: string;
  reason: string;
  openedAt: string;
  expiresAt: string;
  reviewedAt: string | null;
  reviewedBy: string | null;
  reviewNote: string | null;
}

const schema = [
  "create schema if not exists access_control",
  `create table if not exists access_control.break_glass (
    id uuid primary key,
    subject text not null,
    user_id text not null,
    organisation text not null,
    reason text not null,
    opened_at timestamptz not null,
    expires_at timestamptz not null,
    reviewed_at timestamptz,
    reviewed_by text,
    review_note text
  )`,
  "create index if not exists break_glass_open on access_control.break_glass (subject, user_id, expires_at)",
  "create index if not exists break_glass_review on access_control.break_glass (organisation, reviewed_at, opened_at)",
];

interface Row {
  id: string;
  subject: string;
  user_id: string;
  organisation: string;
  reason: string;
  opened_at: Date | string;
  expires_at: Date | string;
  reviewed_at: Date | string | null;
  reviewed_by: string | null;
  review_note: string | null;
}

const iso = (value: Date | string) => new Date(value).toISOString();
const toBreakGlass = (row: Row): BreakGlass => ({
  id: row.id,
  subject: row.subject,
  userId: row.user_id,
  organisation: row.organisation,
  reason: row.reason,
  openedAt: iso(row.opened_at),
  expiresAt: iso(row.expires_at),
  reviewedAt: row.reviewed_at === null ? null : iso(row.reviewed_at),
  reviewedBy: row.reviewed_by,
  reviewNote: row.review_note,
});

/** Break-glass sessions and the privacy officer's review list, in the read-model database. */
export interface BreakGlassLog {
  open(
    tx: SqlQueryable,
    input: Omit<BreakGlass, "id" | "reviewedAt" | "reviewedBy" | "reviewNote">,
  ): Promise<BreakGlass>;
  /** The user's break-glass for this client that is open at `now`, if any. */
  current(subject: string, userId: string, now: Date): Promise<BreakGlass | undefined>;
  /** The organisation's uses, oldest first; only those not yet reviewed unless `all`. */
  list(organisation: string, all: boolean): Promise<BreakGlass[]>;
  /** Marks a use reviewed; undefined when the organisation has no such use. */
  review(
    id: string,
    organisation: string,
    reviewer: string,
    note: string | null,
    now: Date,
  ): Promise<BreakGlass | undefined>;
}

/** Creates the table when missing (PostgreSQL or PGlite). */
export async function createBreakGlassLog(sql: SqlClient): Promise<BreakGlassLog> {
  await sql.transaction(async (tx) => {
    await tx.query("select pg_advisory_xact_lock(hashtext('bz-migrate:break-glass'))");
    for (const statement of schema) await tx.query(statement);
  });
  const columns =
    "id::text as id, subject, user_id, organisation, reason, opened_at, expires_at, reviewed_at, reviewed_by, review_note";
  return {
    async open(tx, input) {
      const { rows } = await tx.query<Row>(
        `insert into access_control.break_glass (id, subject, user_id, organisation, reason, opened_at, expires_at)
         values ($1, $2, $3, $4, $5, $6, $7) returning ${columns}`,
        [
          randomUUID(),
          input.subject,
          input.userId,
          input.organisation,
          input.reason,
          input.openedAt,
          input.expiresAt,
        ],
      );
      const row = rows[0];
      if (row === undefined) throw new Error("the break-glass row was not stored");
      return toBreakGlass(row);
    },
    async current(subject, userId, now) {
      const { rows } = await sql.query<Row>(
        prepared(`select ${columns} from access_control.break_glass
          where subject = $1 and user_id = $2 and opened_at <= $3 and expires_at > $3
          order by expires_at desc limit 1`),
        [subject, userId, now.toISOString()],
      );
      return rows[0] === undefined ? undefined : toBreakGlass(rows[0]);
    },
    async list(organisation, all) {
      const { rows } = await sql.query<Row>(
        `select ${columns} from access_control.break_glass
          where organisation = $1 and ($2 or reviewed_at is null) order by opened_at, id limit 1000`,
        [organisation, all],
      );
      return rows.map(toBreakGlass);
    },
    async review(id, organisation, reviewer, note, now) {
      const { rows } = await sql.query<Row>(
        `update access_control.break_glass set reviewed_at = $4, reviewed_by = $3, review_note = $5
          where id::text = $1 and organisation = $2 and reviewed_at is null returning ${columns}`,
        [id, organisation, reviewer, now.toISOString(), note],
      );
      return rows[0] === undefined ? undefined : toBreakGlass(rows[0]);
    },
  };
}
