export type { FirstStartContext, FirstStartProgress, FirstStartWork } from "./first-start.ts";
export type { Platform, PlatformOptions } from "./platform.ts";
export { localTokenAudience, localTokenIssuer, startPlatform } from "./platform.ts";
export type { SimulatedHistoryOptions } from "./simulated-history.ts";
export { simulatedHistory } from "./simulated-history.ts";
