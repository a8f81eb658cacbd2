export { env } from "./fields.ts";
export { loadConfig, loadConfigOrExit } from "./load-config.ts";
