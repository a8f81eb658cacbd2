export type { EventStoreChoice } from "./event-store-choice.ts";
export { eventStoreChoice, eventStoreFields, requireEventStoreUrl } from "./event-store-choice.ts";
export { env } from "./fields.ts";
export { loadConfig, loadConfigOrExit } from "./load-config.ts";
