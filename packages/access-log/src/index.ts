export type { AccessLog } from "./access-log.ts";
export { createAccessLog } from "./access-log.ts";
export type { AccessEntry, ChainedEntry } from "./domain/access-entry.ts";
export { canonicalEntry, canonicalTail, firstBrokenLink, genesisHash } from "./domain/access-entry.ts";
