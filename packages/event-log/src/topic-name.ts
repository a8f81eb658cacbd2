import { BzError } from "@bz/errors";

/** Kafka's own rule for topic names, kept by both adapters; it also makes names safe folder names. */
const legalTopicName = /^[a-zA-Z0-9._-]{1,249}$/;

/** Throws LOG_INVALID_TOPIC unless `name` is a legal Kafka topic name and `partitions` a positive count. */
export function checkTopic(name: string, partitions = 1): void {
  if (!legalTopicName.test(name) || name === "." || name === "..") {
    throw new BzError(
      "LOG_INVALID_TOPIC",
      `topic name ${JSON.stringify(name)} is not legal: use 1 to 249 of a-z A-Z 0-9 . _ - (and not "." or "..")`,
      { details: { topic: name } },
    );
  }
  if (!Number.isInteger(partitions) || partitions < 1) {
    throw new BzError(
      "LOG_INVALID_TOPIC",
      `topic ${name} asks for ${partitions} partitions; give a whole number of at least 1`,
      { details: { topic: name, partitions } },
    );
  }
}
