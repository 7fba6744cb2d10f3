#!/usr/bin/env bash
# `npm test`: every test, against the real local Kafka broker and MongoDB-wire store.
# Starts the local infrastructure when it is not running (KAFKA_BROKERS / MONGO_URL point elsewhere to skip it).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "local infrastructure"
bash infra/local/stack.sh up

step "typecheck"
npx tsc -p tsconfig.json

step "supergraph is composed from the committed SDL"
npx tsx scripts/compose.ts --check

step "jest"
npx jest "$@"
