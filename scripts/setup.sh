#!/usr/bin/env bash
# Installs everything the project needs, idempotently, without root-only global changes where it can:
#   - Debian packages (apt-get) for commands that are missing: java, mvn, python3-avro (interop vectors),
#     chromium (the browser tests drive Debian's build through playwright-core; no browser download)
#   - Node 24 LTS from the npm registry (the `node` package) into .tools/node when the machine's is older
#   - pnpm into .tools/pnpm, then the workspace's node_modules from the lockfile
#   - the Apache Kafka broker jars from Maven Central into infra/kafka/libs
# A second run finds everything in place and returns in about a second.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
NODE_VERSION=24.21.0
PNPM_VERSION=10.34.8
tools="$root/.tools"
log() { printf '[setup] %s\n' "$*" >&2; }

apt_install() {
  local pkgs=("$@")
  log "installing Debian packages: ${pkgs[*]}"
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >/dev/null 2>&1 || true
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${pkgs[@]}" >/dev/null
}
missing=()
command -v java >/dev/null || missing+=(openjdk-17-jre-headless)
command -v mvn >/dev/null || missing+=(maven)
command -v python3 >/dev/null || missing+=(python3)
/usr/bin/python3 -c 'import avro' 2>/dev/null || missing+=(python3-avro)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"

# Node 24: use the machine's when it is new enough, otherwise the project's own copy.
node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(node_major node)" -lt 24 ]; then
  if [ "$(node_major "$tools/node/node_modules/.bin/node")" != "${NODE_VERSION%%.*}" ]; then
    log "installing Node $NODE_VERSION from the npm registry into .tools/node"
    mkdir -p "$tools/node"
    npm install --silent --no-save --no-package-lock --prefix "$tools/node" "node@$NODE_VERSION" >/dev/null
  fi
  export PATH="$tools/node/node_modules/.bin:$PATH"
fi
if [ "$("$tools/pnpm/node_modules/.bin/pnpm" --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  log "installing pnpm $PNPM_VERSION into .tools/pnpm"
  mkdir -p "$tools/pnpm"
  npm install --silent --no-save --no-package-lock --prefix "$tools/pnpm" "pnpm@$PNPM_VERSION" >/dev/null
fi
export PATH="$tools/pnpm/node_modules/.bin:$PATH"

# node_modules: pnpm's own up-to-date check makes a repeated install take about a second.
if [ -f pnpm-lock.yaml ]; then
  pnpm install --frozen-lockfile --reporter=silent
else
  pnpm install --reporter=silent
fi

# Kafka broker jars from Maven Central (copied once).
if ! ls infra/kafka/libs/kafka_2.13-*.jar >/dev/null 2>&1; then
  log "copying the Apache Kafka broker jars from Maven Central into infra/kafka/libs"
  mvn -q -B -f infra/kafka/pom.xml package >/dev/null
fi
