import type { SqlClient } from "@bz/sql";
import type { DeadLetterSample, PartitionOffset } from "./domain/ops-figures.ts";

/** The offsets the ops page reads from the event log (the EventLog port fits). */
export interface OffsetReader {
  endOffsets(topic: string): Promise<PartitionOffset[]>;
  committedOffsets(groupId: string, topic: string): Promise<PartitionOffset[]>;
}

/** A dead letter as read back from a dead-letter topic, with its reason code. */
export type DeadLetterView = DeadLetterSample & { reason: string };

/** Reads and replays dead letters (the recorder's dead-letter admin fits, wrapped). */
export interface DeadLetterAdmin {
  /** Every dead letter in the topic, oldest first per partition. */
  read(deadLetterTopic: string): Promise<DeadLetterView[]>;
  /** Sends the chosen dead letters (by `partition:offset`) back to their original topic. */
  replay(deadLetterTopic: string, chosen: (letter: DeadLetterView) => boolean): Promise<number>;
}

/** A part of the platform whose readiness the ops page shows. */
export interface ComponentCheck {
  name: string;
  ready(): Promise<boolean>;
}

/** Who may act on the ops page (replay); throws a BzError (401/403) when the request may not. */
export type OpsAuthoriser = (request: { headers: Record<string, unknown> }) => Promise<{ user: string }>;

/** Everything the ops endpoints read. */
export interface OpsSources {
  offsets: OffsetReader;
  /** Partner topics and their dead-letter topics, as the recorder reads them. */
  topics: { partner: string; topic: string; deadLetterTopic: string }[];
  /** The recorder's consumer group. */
  recorderGroup: string;
  deadLetters: DeadLetterAdmin;
  /** The database holding projection_checkpoints. */
  readModels: SqlClient;
  /** The event store's last global position, or null when there is none or it is not reachable. */
  eventStoreHead(): Promise<number | null>;
  components: ComponentCheck[];
  authorise: OpsAuthoriser;
  /** Milliseconds since the epoch; a test passes its own clock. */
  now?: () => number;
}
