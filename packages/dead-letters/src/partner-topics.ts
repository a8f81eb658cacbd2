import { deadLetterTopicFor, partners, topicFor } from "@bz/contracts";

/** A partner's topic and its dead-letter topic. */
export interface PartnerTopic {
  /** The Partner symbol that owns the topic, e.g. TRAJEKT. */
  partner: string;
  topic: string;
  deadLetterTopic: string;
}

/**
 * The topics of every publishing partner: `care.<partner>.v1` and its `.dlq`. A suffix (tests,
 * side-by-side environments on one cluster) gives `care.<partner>.v1<suffix>` and `<that>.dlq`.
 */
export function partnerTopics(suffix = ""): PartnerTopic[] {
  return partners.map((partner) => ({
    partner: partner.id,
    topic: topicFor(partner.id, suffix),
    deadLetterTopic: deadLetterTopicFor(partner.id, suffix),
  }));
}
