export type { BzErrorOptions } from "./bz-error.ts";
export { BzError, isBzError } from "./bz-error.ts";
export type { ErrorCode } from "./codes.ts";
export { errorCodes } from "./codes.ts";
