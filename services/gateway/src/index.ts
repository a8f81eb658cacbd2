export type { ApiKeyAuthenticator, ApiKeyEntry } from "./api-keys.ts";
export { createApiKeyAuthenticator, hashApiKey, parseApiKeys } from "./api-keys.ts";
export type { Gateway, GatewayDeps } from "./app.ts";
export { buildGateway } from "./app.ts";
export type { GatewayMetrics } from "./gateway-metrics.ts";
export { createGatewayMetrics } from "./gateway-metrics.ts";
