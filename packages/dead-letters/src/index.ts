export type { DeadLetter } from "./dead-letter.ts";
export { DEAD_LETTER_VALUE_LIMIT, deadLetterHeaders, fromDeadLetter } from "./dead-letter.ts";
export { countByReason, readDeadLetters, replayDeadLetters } from "./dead-letter-admin.ts";
export type { PartnerTopic } from "./partner-topics.ts";
export { partnerTopics } from "./partner-topics.ts";
