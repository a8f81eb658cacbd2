/**
 * A bounded memory of event ids produced lately, oldest forgotten first. It only saves work: the
 * event store deduplicates by event id, so forgetting an id (or a restart) at worst produces a
 * duplicate that the recorder drops.
 */
export class RecentEventIds {
  readonly #capacity: number;
  readonly #ids = new Set<string>();

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  /** True when `id` was remembered; a hit counts as a fresh use. */
  has(id: string): boolean {
    if (!this.#ids.has(id)) return false;
    this.#ids.delete(id);
    this.#ids.add(id);
    return true;
  }

  /** Remembers `id`, forgetting the least recently used beyond the capacity. */
  add(id: string): void {
    this.#ids.delete(id);
    this.#ids.add(id);
    while (this.#ids.size > this.#capacity) {
      const oldest = this.#ids.values().next().value;
      if (oldest === undefined) break;
      this.#ids.delete(oldest);
    }
  }
}
