import { type DeadLetter, readDeadLetters, replayDeadLetters } from "@bz/dead-letters";
import type { EventLog } from "@bz/event-log";
import type { DeadLetterAdmin, DeadLetterView } from "./ops-sources.ts";

function view(letter: DeadLetter): DeadLetterView {
  return {
    reason: letter.reasonCode,
    partition: letter.deadLetterPartition,
    offset: letter.deadLetterOffset,
    error: letter.error,
    originalTopic: letter.originalTopic,
    originalPartition: letter.originalPartition,
    originalOffset: letter.originalOffset,
    failedAt: letter.failedAt,
  };
}

/** Dead letters read and replayed with the recorder's dead-letter admin on `log`. */
export function recorderDeadLetters(log: EventLog): DeadLetterAdmin {
  return {
    async read(deadLetterTopic) {
      return (await readDeadLetters(log, deadLetterTopic)).map(view);
    },
    async replay(deadLetterTopic, chosen) {
      const letters = (await readDeadLetters(log, deadLetterTopic)).filter((letter) => chosen(view(letter)));
      return replayDeadLetters(log, letters);
    },
  };
}
