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
npx tsc -p gateway/explorer/tsconfig.json # the explorer's browser code (DOM, JSX)

step "supergraph and API schema are composed from the committed SDL; no breaking change to the schemas or event contracts"
npm run --silent schema:check

step "clients' generated types and trusted-documents manifests match schemas/api.graphql and their operations"
npm run --silent codegen:check || { echo 'Stale or failing: "npm run codegen" shows why and regenerates them.' >&2; exit 1; }

step "build: every workspace compiled to its dist/ (what the images run)"
npm run --silent build

step "jest"
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || echo "explorer browser test: NOT RUN — no chromium at ${CHROMIUM_PATH:-/usr/bin/chromium} (apt-get install -y chromium)"
npx jest "$@"
