import type { Subscription } from "./event-store.ts";

/** The subscriptions a store has open, so `close()` can stop them; an ended one drops out by itself. */
export function openSubscriptions() {
  const open = new Set<Subscription>();
  return {
    /** Registers `subscription` until it ends, and returns it. */
    track(subscription: Subscription): Subscription {
      open.add(subscription);
      const forget = () => open.delete(subscription);
      void subscription.done.then(forget, forget);
      return subscription;
    },
    /** Stops every open subscription. */
    async stopAll(): Promise<void> {
      await Promise.all([...open].map((subscription) => subscription.stop()));
    },
  };
}
