import { deadLetterTopicFor, partners, topicFor } from "@bz/contracts";
import type { RecorderTopic } from "./recorder.ts";

/** The topics of every publishing partner: `care.<partner>.v1` and its `.dlq`. */
export function partnerTopics(): RecorderTopic[] {
  return partners.map((partner) => ({
    partner: partner.id,
    topic: topicFor(partner.id),
    deadLetterTopic: deadLetterTopicFor(partner.id),
  }));
}
