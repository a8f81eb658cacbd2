/**
 * A level-free signal: `notify()` wakes everyone waiting right now. Consumers wait on it instead of
 * polling in a tight loop; a timeout on every wait is the fallback should a notification be missed.
 */
export class Wakeup {
  readonly #waiters = new Set<() => void>();

  notify(): void {
    const waiters = [...this.#waiters];
    this.#waiters.clear();
    for (const wake of waiters) wake();
  }

  /** Registers `wake` for the next notification; returns a function that unregisters it. */
  subscribe(wake: () => void): () => void {
    this.#waiters.add(wake);
    return () => this.#waiters.delete(wake);
  }
}

/** Resolves on the first notification of any of `wakeups`, or after `timeoutMs`. */
export function waitForAny(wakeups: Wakeup[], timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const unsubscribes: (() => void)[] = [];
    const done = () => {
      clearTimeout(timer);
      for (const unsubscribe of unsubscribes) unsubscribe();
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    for (const wakeup of wakeups) unsubscribes.push(wakeup.subscribe(done));
  });
}
