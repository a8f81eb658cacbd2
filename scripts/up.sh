#!/usr/bin/env bash
# `make up`: server mode on this machine. Each service runs as its own Node process against the
# local Kafka broker (started here when it is not running) and PostgreSQL on 127.0.0.1:5432:
#   gateway :8081, recorder :9101, projector :9102, query API + dashboard :8080, simulator.
# Secrets (pseudonym key, gateway keys, ops token) are made once in .data/up/ (mode 0600).
# Logs go to .run/<service>.log. Ctrl-C (or `make down` from another terminal) stops them all.
# Environment: BZ_UP_DATABASE (bz_up), BZ_SIMULATOR_RATE (20), BZ_PARTITIONS (6), PGHOST/PGPORT/PGUSER.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
run="$root/.run"; secrets="$root/.data/up"
mkdir -p "$run" "$secrets"
db="${BZ_UP_DATABASE:-bz_up}"
pg_host="${PGHOST:-127.0.0.1}"; pg_port="${PGPORT:-5432}"; pg_user="${PGUSER:-postgres}"
db_url="postgres://$pg_user@$pg_host:$pg_port/$db"
log() { printf '[up] %s\n' "$*" >&2; }

stop_all() {
  for name in simulator query-api projector recorder gateway; do
    if [ -f "$run/$name.pid" ]; then
      pid="$(cat "$run/$name.pid")"
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      rm -f "$run/$name.pid"
    fi
  done
}
if [ "${1:-}" = "down" ]; then stop_all; log "stopped (the broker keeps running: make kafka-down)"; exit 0; fi

for name in gateway recorder projector query-api simulator; do
  if [ -f "$run/$name.pid" ] && kill -0 "$(cat "$run/$name.pid")" 2>/dev/null; then
    log "$name already runs (pid $(cat "$run/$name.pid")); run 'make down' first"; exit 1
  fi
done

# The broker: the development one of `make kafka-up`.
if ! infra/kafka/kafka.sh status .data/kafka-dev; then
  log "starting the local Kafka broker on 127.0.0.1:9092 (.data/kafka-dev)"
  infra/kafka/kafka.sh start .data/kafka-dev 9092
fi
# The database: created once; the services create their own tables.
if ! psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -tAc "select 1 from pg_database where datname = '$db'" | grep -q 1; then
  log "creating database $db"
  psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -qc "create database $db"
fi

# Secrets, made once.
umask 077
[ -f "$secrets/pseudonym-keys" ] || echo "up1=$(node -p 'require("node:crypto").randomBytes(32).toString("base64")')" > "$secrets/pseudonym-keys"
if [ ! -f "$secrets/gateway-keys" ]; then
  # One key per partner of the catalogue (read where @bz/contracts resolves).
  (cd services/platform && node --input-type=module -e '
    import { partners } from "@bz/contracts";
    import { randomBytes } from "node:crypto";
    console.log(partners.map((p) => `${p.slug}=bz_${randomBytes(24).toString("base64url")}`).join("\n"));
  ') > "$secrets/gateway-keys"
fi
gateway_hashes="$(while IFS='=' read -r slug key; do
  [ -n "$slug" ] && printf '%s=%s,' "$slug" "$(printf '%s' "$key" | sha256sum | cut -d' ' -f1)"
done < "$secrets/gateway-keys")"
gateway_hashes="${gateway_hashes%,}"
# Tokens: the platform CLI's local signing key in .data/up (made on first use), its public JWKS for
# the query API, and an ops token for this run (8 hours).
tokens() { BZ_DATA_DIR="$secrets" node services/platform/src/cli.ts tokens "$@"; }
tokens jwks > "$secrets/jwks.json"
ops_token="$(tokens issue --user up-ops --org TRAJEKT --role OPS | tail -1)"
pseudonym_keys="$(cat "$secrets/pseudonym-keys")"

export BZ_KAFKA_BROKERS=127.0.0.1:9092 BZ_DATABASE_URL="$db_url" BZ_READ_MODEL_URL="$db_url"
export BZ_PARTITIONS="${BZ_PARTITIONS:-6}" BZ_LOG_LEVEL="${BZ_LOG_LEVEL:-info}"
start() {
  local name="$1"; shift
  env "$@" node "services/$name/src/main.ts" >"$run/$name.log" 2>&1 &
  echo $! > "$run/$name.pid"
  log "$name started (pid $!, log .run/$name.log)"
}
wait_ready() {
  local name="$1" url="$2"
  for _ in $(seq 1 600); do
    curl -fsS -o /dev/null "$url/ready" 2>/dev/null && return 0
    kill -0 "$(cat "$run/$name.pid")" 2>/dev/null || { log "$name stopped; its log:"; tail -20 "$run/$name.log" >&2; stop_all; exit 1; }
    sleep 0.2
  done
  log "$name not ready after 120 s; see .run/$name.log"; stop_all; exit 1
}
trap 'echo; stop_all; log "stopped"; exit 0' INT TERM

start gateway BZ_HTTP_PORT=8081 BZ_GATEWAY_API_KEYS="$gateway_hashes" BZ_PSEUDONYM_KEYS="$pseudonym_keys"
wait_ready gateway http://127.0.0.1:8081
start recorder BZ_HTTP_PORT=9101
start projector BZ_HTTP_PORT=9102
wait_ready recorder http://127.0.0.1:9101
wait_ready projector http://127.0.0.1:9102
start query-api BZ_HTTP_PORT=8080 BZ_AUTH_ISSUER=bz-platform-local BZ_AUTH_JWKS="$secrets/jwks.json" \
  BZ_OPS_COMPONENTS="gateway=http://127.0.0.1:8081,recorder=http://127.0.0.1:9101,projector=http://127.0.0.1:9102"
wait_ready query-api http://127.0.0.1:8080
start simulator BZ_PSEUDONYM_KEYS="$pseudonym_keys" BZ_SIMULATOR_RATE="${BZ_SIMULATOR_RATE:-20}"

cat <<MSG
Blauwe Zorg platform (server mode) is running: one process per service, Kafka on 127.0.0.1:9092,
PostgreSQL database $db.
  dashboard:        http://127.0.0.1:8080/  (ward overview, client timeline, ops)
  ops token (OPS role, 8 h; more: BZ_DATA_DIR=.data/up node services/platform/src/cli.ts tokens issue ...):
                    $ops_token
  API docs:         http://127.0.0.1:8080/docs
  partner gateway:  http://127.0.0.1:8081/v1/events (keys in .data/up/gateway-keys)
  recorder, projector ops endpoints: http://127.0.0.1:9101, http://127.0.0.1:9102
  logs:             .run/<service>.log
Press Ctrl-C to stop (or 'make down' from another terminal).
MSG
wait
