export type { Platform, PlatformOptions } from "./platform.ts";
export { startPlatform } from "./platform.ts";
