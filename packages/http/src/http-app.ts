import type { Logger, Registry } from "@bz/observability";
import swagger from "@fastify/swagger";
import Fastify, {
  type FastifyInstance,
  LogController,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { problemErrorHandler, sendProblem } from "./problem.ts";

/** Options of {@link createHttpApp}. */
export interface HttpAppOptions {
  logger: Logger;
  metrics: Registry;
  title: string;
  description: string;
  version?: string;
  /** Resolves true when the service can do its work (dependencies reachable). */
  ready?: () => Promise<boolean>;
  /** Largest request body in bytes. */
  bodyLimit?: number;
  /** OpenAPI security schemes (components.securitySchemes), e.g. a bearer JWT. */
  securitySchemes?: Record<
    string,
    { type: "http"; scheme: string; bearerFormat?: string; description?: string }
  >;
}

/** The fastify instance type every service builds on: zod schemas in, zod schemas out. */
export type HttpApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  Logger,
  ZodTypeProvider
>;

/**
 * A fastify app with zod validation and serialisation, problem+json errors, an OpenAPI document
 * at /docs, and /health, /ready and /metrics. Services register their route plugins on it.
 */
export async function createHttpApp(options: HttpAppOptions): Promise<HttpApp> {
  const app = Fastify({
    loggerInstance: options.logger,
    bodyLimit: options.bodyLimit ?? 1_048_576,
    // Services log what matters per request themselves; fastify's two lines per request are noise.
    logController: new LogController({ disableRequestLogging: true }),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(problemErrorHandler);
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, {
      type: "https://blauwezorg.nl/problems/not-found",
      title: "Not found",
      status: 404,
      detail: `${request.method} ${request.url} does not exist; see /docs for the routes`,
      code: "HTTP_NOT_FOUND",
      instance: request.url,
    }),
  );
  await app.register(swagger, {
    openapi: {
      info: { title: options.title, description: options.description, version: options.version ?? "1.0.0" },
      ...(options.securitySchemes === undefined
        ? {}
        : { components: { securitySchemes: options.securitySchemes } }),
    },
    transform: jsonSchemaTransform,
  });
  app.get("/docs", { schema: { hide: true } }, async () => app.swagger());
  app.get("/health", { schema: { hide: true } }, async () => ({ status: "ok" }));
  app.get("/ready", { schema: { hide: true } }, async (_request, reply) => {
    const ready = options.ready === undefined ? true : await options.ready().catch(() => false);
    return reply.status(ready ? 200 : 503).send({ status: ready ? "ready" : "not ready" });
  });
  app.get("/metrics", { schema: { hide: true } }, async (_request, reply) =>
    reply.type(options.metrics.contentType).send(await options.metrics.metrics()),
  );
  return app;
}
