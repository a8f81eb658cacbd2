import { partners } from "@bz/contracts";
import { createKafkaEventLog, type EventLog, type LogProducer, type OutgoingRecord } from "@bz/event-log";
import { kafkaConnectionAs, type TestPrincipal } from "@bz/testkit";
import { partnerUser, planAccess } from "../domain/access-plan.ts";
import { provisionKafka } from "../provision.ts";

const silent = { debug() {}, info() {}, warn() {}, error() {} };

/**
 * Grants on the run's broker the ACLs `platform kafka provision` gives an environment of this topic
 * suffix and recorder group (every catalogue partner's principals, the recorder's, ADR 0041), so a
 * test's services run with their production rights. Topics are left to the test or the recorder.
 */
export async function grantTestAccess(options: {
  topicSuffix: string;
  recorderGroup: string;
}): Promise<void> {
  const planOptions = { ...options, partitions: 1 };
  const { acls } = planAccess(partners, planOptions);
  await provisionKafka(kafkaConnectionAs("admin"), { topics: [], acls }, planOptions);
}

/** `partner-<slug>` of a partner topic `care.<slug>.v1<suffix>` (its dead letters included). */
export function partnerPrincipalOf(topic: string): TestPrincipal {
  const slug = /^care\.([a-z0-9-]+)\.v1/.exec(topic)?.[1];
  if (slug === undefined) throw new Error(`${topic} is not a partner topic (care.<slug>.v1...)`);
  return partnerUser(slug) as TestPrincipal;
}

/** Produces onto partner topics, each as the partner it belongs to (a test's stand-in for partners). */
export interface PartnerSender {
  send(topic: string, records: OutgoingRecord[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * A {@link PartnerSender} over the SASL listener: the records of `care.trajekt.v1...` go out as
 * `partner-trajekt`, which may write that topic only, so a test's input takes the partners' path.
 */
export function createPartnerSender(clientId = "partner-test"): PartnerSender {
  const logs = new Map<string, { log: EventLog; producer: Promise<LogProducer> }>();
  const producerOf = (topic: string) => {
    const principal = partnerPrincipalOf(topic);
    let entry = logs.get(principal);
    if (entry === undefined) {
      const log = createKafkaEventLog({
        ...kafkaConnectionAs(principal),
        clientId: `${clientId}-${principal}`,
        logger: silent,
      });
      entry = { log, producer: log.producer() };
      logs.set(principal, entry);
    }
    return entry.producer;
  };
  return {
    async send(topic, records) {
      await (await producerOf(topic)).send(topic, records);
    },
    async close() {
      for (const { log, producer } of logs.values()) {
        await (await producer.catch(() => undefined))?.close();
        await log.close();
      }
      logs.clear();
    },
  };
}
