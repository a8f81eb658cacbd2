// Is a Docker engine reachable? Asked once per test run, before anything imports testcontainers, so
// that a machine without Docker learns it within a second instead of waiting on a library's retries.
import { existsSync } from "node:fs";
import { request } from "node:http";
import { homedir } from "node:os";
import { join } from "node:path";

/** Where a Docker engine might answer: a Unix socket or a TCP address. */
export type DockerEndpoint =
  | { kind: "socket"; path: string; source: string }
  | { kind: "tcp"; host: string; port: number; tls: boolean; source: string };

/** The outcome of {@link probeDocker}. */
export type DockerProbe =
  | { reachable: true; endpoint: DockerEndpoint }
  | { reachable: false; reason: string };

/**
 * The endpoints to try, in Docker's own order: DOCKER_HOST when set (and then nothing else, as the
 * docker CLI does), otherwise the usual sockets of a system, rootless and desktop install.
 */
export function dockerEndpoints(env: Record<string, string | undefined>, home = homedir()): DockerEndpoint[] {
  const host = env.DOCKER_HOST;
  if (host !== undefined && host !== "") {
    if (host.startsWith("unix://")) return [{ kind: "socket", path: host.slice(7), source: "DOCKER_HOST" }];
    const tcp = /^(?:tcp|http|https):\/\/\[?([^\]/]+?)\]?:(\d+)\/?$/.exec(host);
    if (tcp?.[1] !== undefined && tcp[2] !== undefined) {
      const tls = host.startsWith("https://") || (env.DOCKER_TLS_VERIFY ?? "") !== "";
      return [{ kind: "tcp", host: tcp[1], port: Number(tcp[2]), tls, source: "DOCKER_HOST" }];
    }
    return [];
  }
  const candidates = [
    "/var/run/docker.sock",
    env.XDG_RUNTIME_DIR === undefined ? undefined : join(env.XDG_RUNTIME_DIR, "docker.sock"),
    join(home, ".docker", "run", "docker.sock"),
    join(home, ".docker", "desktop", "docker.sock"),
  ];
  return candidates
    .filter((path): path is string => path !== undefined)
    .map((path) => ({ kind: "socket", path, source: "default socket" }));
}

function describe(endpoint: DockerEndpoint): string {
  return endpoint.kind === "socket"
    ? `${endpoint.path} (${endpoint.source})`
    : `${endpoint.host}:${endpoint.port} (${endpoint.source})`;
}

// GET /_ping answers "OK" on every engine version. A TLS endpoint needs client certificates this kit
// does not handle, so it is taken as reachable when its port accepts a connection; testcontainers
// reads DOCKER_CERT_PATH itself.
function ping(endpoint: DockerEndpoint, timeoutMs: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const target =
      endpoint.kind === "socket"
        ? { socketPath: endpoint.path }
        : { host: endpoint.host, port: endpoint.port };
    const req = request(
      { ...target, agent: false, path: "/_ping", method: "GET", timeout: timeoutMs },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          body += chunk;
        });
        res.on("end", () =>
          resolve(res.statusCode === 200 ? undefined : `answered /_ping with ${res.statusCode} ${body}`),
        );
      },
    );
    const timer = setTimeout(() => {
      req.destroy();
      resolve(`did not answer /_ping within ${timeoutMs} ms`);
    }, timeoutMs);
    req.on("socket", (socket) => {
      if (endpoint.kind === "tcp" && endpoint.tls)
        socket.once("connect", () => {
          clearTimeout(timer);
          req.destroy();
          resolve(undefined);
        });
    });
    req.on("error", (error) => {
      clearTimeout(timer);
      resolve(error.message);
    });
    req.on("close", () => clearTimeout(timer));
    req.end();
  });
}

/**
 * Finds a Docker engine that answers within `timeoutMs` per endpoint, or says why there is none.
 * Never hangs: a missing socket is skipped without a connection, a silent one times out.
 */
export async function probeDocker(
  env: Record<string, string | undefined> = process.env,
  timeoutMs = 1_500,
): Promise<DockerProbe> {
  const endpoints = dockerEndpoints(env);
  if (endpoints.length === 0) {
    return {
      reachable: false,
      reason: `DOCKER_HOST "${env.DOCKER_HOST}" is not a unix:// or tcp:// address`,
    };
  }
  const problems: string[] = [];
  for (const endpoint of endpoints) {
    if (endpoint.kind === "socket" && !existsSync(endpoint.path)) {
      problems.push(`no socket at ${describe(endpoint)}`);
      continue;
    }
    const problem = await ping(endpoint, timeoutMs);
    if (problem === undefined) return { reachable: true, endpoint };
    problems.push(`${describe(endpoint)} ${problem}`);
  }
  return { reachable: false, reason: `no Docker engine reachable (${problems.join("; ")})` };
}
