export type { FirstStartContext, FirstStartProgress, FirstStartWork } from "./first-start.ts";
export type { Platform, PlatformOptions } from "./platform.ts";
export { localTokenAudience, localTokenIssuer, startPlatform } from "./platform.ts";
export type { ContinuedHistoryOptions, SimulatedHistoryOptions } from "./simulated-history.ts";
export { continuedHistory, historySample, simulatedHistory } from "./simulated-history.ts";
