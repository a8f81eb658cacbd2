# The two commands: `make demo` and `make test`. Every target installs what it needs first.
SHELL := /usr/bin/env bash
ROOT := $(abspath $(dir $(lastword $(MAKEFILE_LIST))))
# The project's own Node 24 and pnpm (from scripts/setup.sh) come before the machine's.
export PATH := $(ROOT)/.tools/node/node_modules/.bin:$(ROOT)/.tools/pnpm/node_modules/.bin:$(ROOT)/node_modules/.bin:$(PATH)
# kafkajs schedules some timers with a negative delay on Node 24 (harmless, clamped to 1 ms).
export NODE_OPTIONS := --disable-warning=ExperimentalWarning --disable-warning=TimeoutNegativeWarning

.PHONY: setup demo up down test lint typecheck test-only bench bench-smoke kafka-up kafka-down kafka-provision clean

setup:
	@./scripts/setup.sh

demo: setup
	@node services/platform/src/main.ts $(ARGS)

# Server mode: each service its own process against the local Kafka broker and PostgreSQL.
up: setup
	@./scripts/up.sh

down:
	@./scripts/up.sh down

lint: setup
	@biome check .

typecheck: setup
	@tsc -b tsconfig.json

# `make test-only T=packages/privacy` runs the tests whose path contains T (all of them without T).
test-only: setup
	@node scripts/run-tests.ts $(T)

test: setup
	@biome check . && tsc -b tsconfig.json && node scripts/run-tests.ts

bench: setup
	@node test/bench/src/main.ts

bench-smoke: setup
	@node test/bench/src/main.ts --smoke

# A long-lived local broker for development (tests start their own unless KAFKA_BROKERS is set).
kafka-up: setup
	@infra/kafka/kafka.sh start .data/kafka-dev 9092

kafka-down:
	@infra/kafka/kafka.sh stop .data/kafka-dev

# Topics and ACLs of every catalogue partner on the broker BZ_KAFKA_* names (docs/operations.md);
# for the dev broker: BZ_KAFKA_BROKERS=127.0.0.1:9092 make kafka-provision
kafka-provision: setup
	@node services/platform/src/cli.ts kafka provision

clean:
	rm -rf .data .run node_modules .tools infra/kafka/libs
