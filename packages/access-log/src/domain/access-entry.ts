/**
 * One access to client-level data, with the fields NEN 7513 asks for: what happened and when, whose
 * data, who looked and on whose behalf, from where, which objects, on what basis, and whether the
 * emergency procedure was used.
 */
export interface AccessEntry {
  /** When the access happened (ISO-8601, UTC). */
  at: string;
  /** The kind of access, e.g. "read". */
  action: "read";
  /** The client (pseudonym) whose data was accessed. */
  subject: string;
  /** The user who accessed the data. */
  userId: string;
  /** The responsible user on whose behalf they acted (the same user when acting for themselves). */
  onBehalfOf: string;
  /** The organisation (partner) the user works for. */
  organisation: string;
  /** The access point: the client application and network address the request came from. */
  accessPoint: string;
  /** The objects involved, e.g. "ClientTimeline" with the event ids shown. */
  objects: { kind: string; ids: string[] };
  /** Why: the purpose of the access, e.g. CARE. */
  purpose: string;
  /** The legal basis the access relies on. */
  legalBasis: string;
  /** The consent the access relies on, when it relies on one. */
  consentRef: string | null;
  /** The care relationship the access relies on, when known. */
  careRelationship: string | null;
  /** True when the emergency procedure was used. */
  emergency: boolean;
  /**
   * The authorisation the user acted with, from the verified token: the platform roles held, with
   * the professional role after a slash (`PROFESSIONAL/DISTRICT_NURSE`), or the client token's
   * actor (`CLIENT`, `LEGAL_REPRESENTATIVE`, `PARENT`). Absent (null) on entries logged before the
   * role was recorded; their canonical text is unchanged.
   */
  role?: string | null;
}

/** Entries in the log carry their place in the chain. */
export interface ChainedEntry extends AccessEntry {
  sequence: number;
  previousHash: string;
  hash: string;
}

/** The hash before the first entry of a chain. */
export const genesisHash = "0".repeat(64);

/**
 * The part of an entry's canonical text that does not depend on its place in the chain: the JSON
 * array of its fields without the opening bracket. The database appends it to the sequence and the
 * previous hash when it links a new entry (packages/access-log/src/access-log.ts).
 */
export function canonicalTail(entry: AccessEntry): string {
  // The role came later: it is the last element when present, so older links hash as they did.
  const role = typeof entry.role === "string" ? [entry.role] : [];
  return JSON.stringify([
    entry.at,
    entry.action,
    entry.subject,
    entry.userId,
    entry.onBehalfOf,
    entry.organisation,
    entry.accessPoint,
    entry.objects.kind,
    entry.objects.ids,
    entry.purpose,
    entry.legalBasis,
    entry.consentRef,
    entry.careRelationship,
    entry.emergency,
    ...role,
  ]).slice(1);
}

/**
 * The text an entry's hash covers: the JSON array of its sequence, the previous hash and every field
 * in a fixed order, so the same entry always hashes the same way in any runtime.
 */
export function canonicalEntry(entry: AccessEntry, sequence: number, previousHash: string): string {
  return `[${JSON.stringify(sequence)},${JSON.stringify(previousHash)},${canonicalTail(entry)}`;
}

/**
 * An incremental chain check for entries read in sequence order, in any number of batches (constant
 * memory): `next(entry)` returns the entry's sequence when its place, link or hash does not hold.
 * The chain starts after `start` (a purge's anchor: the last removed link) or at the genesis.
 */
export function chainChecker(hash: (text: string) => string, start?: { sequence: number; hash: string }) {
  let previous = start?.hash ?? genesisHash;
  let expectedSequence = (start?.sequence ?? 0) + 1;
  return {
    next(entry: ChainedEntry): number | undefined {
      if (entry.sequence !== expectedSequence || entry.previousHash !== previous) return entry.sequence;
      if (hash(canonicalEntry(entry, entry.sequence, entry.previousHash)) !== entry.hash)
        return entry.sequence;
      previous = entry.hash;
      expectedSequence += 1;
      return undefined;
    },
    /** The last intact link: its sequence (0 before any) and hash. */
    last(): { sequence: number; hash: string } {
      return { sequence: expectedSequence - 1, hash: previous };
    },
  };
}

/**
 * Checks a chain read in sequence order with the hash function given (sha-256 in production);
 * returns the sequence of the first entry whose hash or link does not hold, or undefined if intact.
 */
export function firstBrokenLink(entries: ChainedEntry[], hash: (text: string) => string): number | undefined {
  const checker = chainChecker(hash);
  for (const entry of entries) {
    const broken = checker.next(entry);
    if (broken !== undefined) return broken;
  }
  return undefined;
}
