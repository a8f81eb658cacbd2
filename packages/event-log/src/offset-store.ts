import { mkdir, readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { temporaryMarker, writeFileAtomically } from "./atomic-file.ts";

type GroupOffsets = Record<string, Record<string, number>>;

/**
 * Committed offsets of the embedded log's consumer groups, one JSON file per group. Each commit
 * rewrites the group's file atomically (temporary file, fsync, rename, fsync of the folder), so
 * after a crash the file holds either the old or the new offsets, never a mix.
 */
export class OffsetStore {
  readonly #dir: string;
  readonly #groups = new Map<string, GroupOffsets>();
  readonly #writing = new Map<string, Promise<void>>();

  private constructor(dir: string) {
    this.#dir = dir;
  }

  /** Loads every group's offsets from `dir` (created when missing). */
  static async open(dir: string): Promise<OffsetStore> {
    await mkdir(dir, { recursive: true });
    const store = new OffsetStore(dir);
    for (const name of await readdir(dir)) {
      if (name.includes(temporaryMarker)) {
        // A commit that crashed before its rename: the group file still holds the previous offsets.
        await rm(join(dir, name), { force: true });
      } else if (name.endsWith(".json")) {
        const groupId = decodeURIComponent(name.slice(0, -".json".length));
        store.#groups.set(groupId, JSON.parse(await readFile(join(dir, name), "utf8")) as GroupOffsets);
      }
    }
    return store;
  }

  /** The group's committed offset (next to read) for a partition, or undefined when none. */
  get(groupId: string, topic: string, partition: number): number | undefined {
    return this.#groups.get(groupId)?.[topic]?.[String(partition)];
  }

  /** Durably records `offset` as the group's next offset to read in the partition. */
  commit(groupId: string, topic: string, partition: number, offset: number): Promise<void> {
    // Serialized per group, and each write starts from the state the previous one left, so
    // commits of different partitions in flight together cannot drop one another.
    const previous = this.#writing.get(groupId) ?? Promise.resolve();
    const written = previous.then(async () => {
      const offsets = structuredClone(this.#groups.get(groupId) ?? {});
      offsets[topic] = { ...offsets[topic], [String(partition)]: offset };
      await writeFileAtomically(
        join(this.#dir, `${encodeURIComponent(groupId)}.json`),
        JSON.stringify(offsets),
      );
      this.#groups.set(groupId, offsets);
    });
    this.#writing.set(
      groupId,
      written.catch(() => undefined),
    );
    return written;
  }

  /** Waits for commits in flight. */
  async flush(): Promise<void> {
    await Promise.all(this.#writing.values());
  }
}
