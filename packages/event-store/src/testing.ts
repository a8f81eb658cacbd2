// The one contract suite every EventStore adapter runs (see STYLE.md, "Ports and adapters").
// Differences between stores are options here, never copies of the suite.

import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe } from "vitest";
import { registerAppendContract } from "./contract/appends.ts";
import { registerBatchContract } from "./contract/batches.ts";
import type { ContractContext, EventStoreContractOptions, StoreUnderTest } from "./contract/context.ts";
import { registerPropertyContract } from "./contract/properties.ts";
import { registerSubscriptionContract } from "./contract/subscriptions.ts";
import type { EventStore, RecordedEvent } from "./event-store.ts";

export type { EventStoreContractOptions, StoreUnderTest } from "./contract/context.ts";

/**
 * Registers the EventStore contract suite for one adapter. `makeStore` is called before every test
 * and gives a store (fresh, or shared with other data: tests only look at their own streams) and a
 * `cleanup` run after the suite closed the store.
 */
export function runEventStoreContract(
  name: string,
  makeStore: () => Promise<StoreUnderTest>,
  options: EventStoreContractOptions = {},
): void {
  describe(`EventStore contract: ${name}`, () => {
    let current: (StoreUnderTest & { closed: boolean }) | undefined;
    let prefix = "";

    beforeEach(async () => {
      current = { ...(await makeStore()), closed: false };
      prefix = `contract-${randomUUID().slice(0, 8)}`;
    });
    afterEach(async () => {
      const under = current;
      current = undefined;
      if (under === undefined) return;
      if (!under.closed) await under.store.close();
      await under.cleanup();
    });

    const context: ContractContext = {
      options: {
        atomicBatch: options.atomicBatch ?? true,
        eventIdsUniqueAcrossStreams: options.eventIdsUniqueAcrossStreams ?? true,
        propertyRuns: options.propertyRuns ?? 12,
      },
      store(): EventStore {
        if (current === undefined) throw new Error("the contract's store is read outside a test");
        return current.store;
      },
      markClosed() {
        if (current !== undefined) current.closed = true;
      },
      stream: (label) => `${prefix}-${label}`,
      ours: (events: RecordedEvent[]) => events.filter((event) => event.streamId.startsWith(`${prefix}-`)),
    };

    registerAppendContract(context);
    registerBatchContract(context);
    registerSubscriptionContract(context);
    registerPropertyContract(context);
  });
}
