export type { AccessLog, AccessLogRoles } from "./access-log.ts";
export { createAccessLog, installAccessLog } from "./access-log.ts";
export type { CheckpointReport, SignedCheckpoint } from "./checkpoints.ts";
export { checkpointKey, checkpointMessage, verifyCheckpoints, writeCheckpoint } from "./checkpoints.ts";
export type { AccessEntry, ChainedEntry } from "./domain/access-entry.ts";
export {
  canonicalEntry,
  canonicalTail,
  chainChecker,
  firstBrokenLink,
  genesisHash,
} from "./domain/access-entry.ts";
export type { PurgeOptions, PurgeResult } from "./retention.ts";
export { defaultRetentionYears, purgeAccessLog, retentionCutoff } from "./retention.ts";
