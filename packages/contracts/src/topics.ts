import type { PartnerInfo } from "./catalogue.ts";
import type { Partner } from "./generated/types.ts";

/**
 * Kafka topic names: one topic per partner, `care.<slug>.v1`, and its dead-letter topic `.dlq`. A
 * suffix (side-by-side environments or test runs on one cluster, e.g. `.staging`) goes after `v1`:
 * `care.<slug>.v1.staging` and `care.<slug>.v1.staging.dlq`.
 */
export function createTopics(partners: readonly PartnerInfo[]) {
  const slugOf = (partner: Partner): string => {
    // Partners that do not publish yet have no folder; their slug follows the same rule.
    return partners.find((p) => p.id === partner)?.slug ?? partner.toLowerCase().replaceAll("_", "-");
  };
  return {
    /** The topic a partner publishes its events to, e.g. care.leger-des-heils.v1. */
    topicFor: (partner: Partner, suffix = ""): string => `care.${slugOf(partner)}.v1${suffix}`,
    /** The dead-letter topic for records rejected from a partner's topic. */
    deadLetterTopicFor: (partner: Partner, suffix = ""): string => `care.${slugOf(partner)}.v1${suffix}.dlq`,
    /** The partner owning a topic or dead-letter topic, or undefined for any other topic. */
    partnerForTopic: (topic: string): Partner | undefined => {
      const match = /^care\.([a-z0-9-]+)\.v1(\.dlq)?$/.exec(topic);
      return partners.find((p) => p.slug === match?.[1])?.id;
    },
  };
}

/**
 * The consumer groups of throw-away dead-letter readers (the recorder's dead-letter CLI, the ops
 * page) start with this, followed by a random id; the ops principal may use them (ADR 0041).
 */
export const deadLetterReaderGroupPrefix = "bz-dead-letter-reader-";

/** The event-store stream of one client: every accepted event about a subject pseudonym lands in it. */
export function clientStreamOf(subject: string): string {
  return `client-${subject}`;
}
