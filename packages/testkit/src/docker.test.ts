import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { createServer as createNetServer, type Server as NetServer, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dockerEndpoints, probeDocker } from "@bz/testkit";
import { afterEach, describe, expect, it } from "vitest";

const servers: (Server | NetServer)[] = [];
const sockets: Socket[] = [];
let folder: string | undefined;
async function closeServers(): Promise<void> {
  for (const socket of sockets.splice(0)) socket.destroy();
  for (const server of servers.splice(0)) {
    if ("closeAllConnections" in server) server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
afterEach(async () => {
  await closeServers();
  if (folder !== undefined) await rm(folder, { recursive: true, force: true });
  folder = undefined;
});

async function socketPath(): Promise<string> {
  folder = await mkdtemp(join(tmpdir(), "bz-docker-"));
  return join(folder, "docker.sock");
}

// A stand-in for the Docker engine's ping endpoint on a Unix socket (Docker is not shipped against).
async function engine(path: string, status: number): Promise<void> {
  const server = createServer((_req, res) => {
    res.statusCode = status;
    res.end(status === 200 ? "OK" : "down");
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(path, resolve));
}

describe("Docker endpoints", () => {
  it("given DOCKER_HOST, tries only that address, as the docker CLI does", () => {
    expect(dockerEndpoints({ DOCKER_HOST: "unix:///run/user/1000/docker.sock" })).toEqual([
      { kind: "socket", path: "/run/user/1000/docker.sock", source: "DOCKER_HOST" },
    ]);
    expect(dockerEndpoints({ DOCKER_HOST: "tcp://10.0.0.5:2376", DOCKER_TLS_VERIFY: "1" })).toEqual([
      { kind: "tcp", host: "10.0.0.5", port: 2376, tls: true, source: "DOCKER_HOST" },
    ]);
    expect(dockerEndpoints({ DOCKER_HOST: "ssh://me@host" })).toEqual([]);
  });

  it("given no DOCKER_HOST, tries the system, rootless and desktop sockets", () => {
    const paths = dockerEndpoints({ XDG_RUNTIME_DIR: "/run/user/7" }, "/home/me").map((e) =>
      e.kind === "socket" ? e.path : "",
    );
    expect(paths).toEqual([
      "/var/run/docker.sock",
      "/run/user/7/docker.sock",
      "/home/me/.docker/run/docker.sock",
      "/home/me/.docker/desktop/docker.sock",
    ]);
  });
});

describe("probing Docker", () => {
  it("says why when no socket exists, without connecting anywhere", async () => {
    const path = await socketPath();
    const probe = await probeDocker({ DOCKER_HOST: `unix://${path}` });
    expect(probe).toEqual({
      reachable: false,
      reason: `no Docker engine reachable (no socket at ${path} (DOCKER_HOST))`,
    });
  });

  it("gives up on a socket that accepts but never answers, instead of hanging", async () => {
    const path = await socketPath();
    const silent = createNetServer((socket) => {
      sockets.push(socket);
    });
    servers.push(silent);
    await new Promise<void>((resolve) => silent.listen(path, resolve));
    const probe = await probeDocker({ DOCKER_HOST: `unix://${path}` }, 200);
    expect(probe.reachable).toBe(false);
    expect(probe.reachable ? "" : probe.reason).toContain("did not answer /_ping within 200 ms");
  });

  it("finds an engine that answers its ping, and not one that answers with an error", async () => {
    const path = await socketPath();
    await engine(path, 200);
    expect(await probeDocker({ DOCKER_HOST: `unix://${path}` })).toEqual({
      reachable: true,
      endpoint: { kind: "socket", path, source: "DOCKER_HOST" },
    });
    await closeServers();
    await engine(path, 500);
    const failing = await probeDocker({ DOCKER_HOST: `unix://${path}` });
    expect(failing.reachable ? "" : failing.reason).toContain("answered /_ping with 500");
  });
});
