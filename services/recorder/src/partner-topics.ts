import { deadLetterTopicFor, partners, topicFor } from "@bz/contracts";
import type { RecorderTopic } from "./recorder.ts";

/**
 * The topics of every publishing partner: `care.<partner>.v1` and its `.dlq`. A suffix (tests,
 * side-by-side environments on one cluster) gives `care.<partner>.v1<suffix>` and `<that>.dlq`.
 */
export function partnerTopics(suffix = ""): RecorderTopic[] {
  return partners.map((partner) => {
    if (suffix === "") {
      return {
        partner: partner.id,
        topic: topicFor(partner.id),
        deadLetterTopic: deadLetterTopicFor(partner.id),
      };
    }
    const topic = `${topicFor(partner.id)}${suffix}`;
    return { partner: partner.id, topic, deadLetterTopic: `${topic}.dlq` };
  });
}
