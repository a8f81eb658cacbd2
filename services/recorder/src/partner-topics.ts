import { deadLetterTopicFor, partners, topicFor } from "@bz/contracts";
import type { RecorderTopic } from "./recorder.ts";

/**
 * The topics of every publishing partner: `care.<partner>.v1` and its `.dlq`. A suffix (tests,
 * side-by-side environments on one cluster) gives `care.<partner>.v1<suffix>` and `<that>.dlq`.
 */
export function partnerTopics(suffix = ""): RecorderTopic[] {
  return partners.map((partner) => ({
    partner: partner.id,
    topic: topicFor(partner.id, suffix),
    deadLetterTopic: deadLetterTopicFor(partner.id, suffix),
  }));
}
