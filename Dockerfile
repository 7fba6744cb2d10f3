# syntax=docker/dockerfile:1
# One image for every Node process of the platform: the six subgraphs and the gateway.
# The build argument / environment variable SERVICE picks the workspace to start:
#   SERVICE=gateway            -> npm run start -w gateway
#   SERVICE=<subgraph name>    -> npm run start -w services/<name>   (delegation, council, committee, ...)
# docker-compose.yml builds it once per service with a different SERVICE; every layer except the
# last, tiny one is shared between them.
#
#   docker build --build-arg SERVICE=petitions -t hanoi-petitions .

# --- 1. Only the package manifests, so the dependency layer below is rebuilt only when they change ---
# (copying the whole tree here is cheap; what matters is that stage 2 copies only these files)
FROM node:22-bookworm-slim AS manifests
WORKDIR /src
COPY . .
RUN mkdir -p /out && cp package.json package-lock.json /out/ \
 && find . -name package.json -not -path '*/node_modules/*' -not -path './package.json' \
      -exec cp --parents {} /out/ \;

# --- 2. Dependencies: `npm ci` from the lockfile, dev dependencies included ----------------------------
# The services run their TypeScript through tsx (a dev dependency), so nothing is pruned.
FROM node:22-bookworm-slim AS deps
WORKDIR /app
ENV NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false
COPY --from=manifests /out/ ./
RUN --mount=type=cache,target=/root/.npm npm ci

# --- 3. Runtime -------------------------------------------------------------------------------------
FROM node:22-bookworm-slim
WORKDIR /app
ENV NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false
# node_modules (including the workspace symlinks, which are relative) from the deps stage, then the
# sources; .dockerignore keeps the host's node_modules, .local, dist and coverage out.
COPY --from=deps /app/ ./
COPY . .

ARG SERVICE=gateway
ENV SERVICE=${SERVICE}

# The image's unprivileged user. tsx writes its transpile cache under /tmp, which it can.
USER node

# Shell form on purpose: SERVICE is read at run time, so `docker run -e SERVICE=council <image>`
# works too. exec hands PID 1 to npm; run with an init (compose: `init: true`) so signals are
# forwarded and zombies reaped.
CMD ["sh", "-c", "if [ \"$SERVICE\" = gateway ]; then exec npm run start -w gateway; else exec npm run start -w \"services/$SERVICE\"; fi"]
