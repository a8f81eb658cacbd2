export type { Platform, PlatformOptions } from "./platform.ts";
export { localTokenAudience, localTokenIssuer, startPlatform } from "./platform.ts";
