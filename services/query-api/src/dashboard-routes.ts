import { readdirSync, readFileSync } from "node:fs";
import * as nodeModule from "node:module";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { HttpApp } from "@bz/http";

const dashboardDir = join(import.meta.dirname, "..", "dashboard");
const echartsFile = join(
  dirname(createRequire(import.meta.url).resolve("echarts/package.json")),
  "dist",
  "echarts.esm.min.mjs",
);

// Node 24's own type stripper: the front end is written in TypeScript (type-checked by `tsc -b`)
// and served as the same code without its types, so there is no build step (ADR 0050).
const strip = (nodeModule as unknown as { stripTypeScriptTypes(code: string): string }).stripTypeScriptTypes;

/** The dashboard's modules as the browser gets them: types stripped, "echarts" pointed at our copy. */
function loadModules(): Map<string, string> {
  const modules = new Map<string, string>();
  for (const file of readdirSync(join(dashboardDir, "src"))) {
    if (!file.endsWith(".ts") || file.endsWith(".test.ts")) continue;
    const source = readFileSync(join(dashboardDir, "src", file), "utf8");
    modules.set(file, strip(source).replaceAll(/from "echarts"/g, 'from "/dashboard/vendor/echarts.js"'));
  }
  return modules;
}

const securityHeaders = {
  // Everything comes from this server: no CDN, no inline script. ECharts sets inline styles.
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
};

/**
 * The web dashboard (ward overview, client timeline, ops), served from this process: `/` opens
 * it. Files are read once at start, so a broken module fails the start, not a page view.
 */
export function dashboardRoutes() {
  const modules = loadModules();
  const index = readFileSync(join(dashboardDir, "index.html"), "utf8");
  const style = readFileSync(join(dashboardDir, "style.css"), "utf8");
  const echarts = readFileSync(echartsFile, "utf8");
  return async (app: HttpApp) => {
    const hidden = { schema: { hide: true } };
    app.get("/", hidden, async (_request, reply) => reply.redirect("/dashboard/", 302));
    app.get("/dashboard", hidden, async (_request, reply) => reply.redirect("/dashboard/", 302));
    app.get("/dashboard/", hidden, async (_request, reply) =>
      reply
        .headers(securityHeaders)
        .header("cache-control", "no-cache")
        .type("text/html; charset=utf-8")
        .send(index),
    );
    app.get("/dashboard/style.css", hidden, async (_request, reply) =>
      reply.headers(securityHeaders).type("text/css; charset=utf-8").send(style),
    );
    app.get("/dashboard/vendor/echarts.js", hidden, async (_request, reply) =>
      reply
        .headers(securityHeaders)
        .header("cache-control", "public, max-age=86400")
        .type("text/javascript; charset=utf-8")
        .send(echarts),
    );
    app.get<{ Params: { file: string } }>("/dashboard/app/:file", hidden, async (request, reply) => {
      const code = modules.get(request.params.file);
      if (code === undefined) return reply.callNotFound();
      return reply
        .headers(securityHeaders)
        .header("cache-control", "no-cache")
        .type("text/javascript; charset=utf-8")
        .send(code);
    });
  };
}
