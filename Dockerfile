# syntax=docker/dockerfile:1
# One image per Node process of the platform, each a target of this file: the six subgraphs, the notifier and the gateway.
# They run the compiled JavaScript (`npm run build`, dist/) with node, as the unprivileged `node` user, with
# production dependencies only. Every layer but a target's own (its dist/ and its CMD) is shared between them.
# Name the target (without one, Docker builds the last stage):
#
#   docker build --target petitions -t hanoi-coordination-graph/petitions .
#
# Each target's CMD is its workspace's `start:dist` script (test/build/images.test.ts checks that they agree, that
# docker-compose.yml names only targets defined here, and that every CMD's file exists after `npm run build`).
# The condition @hanoi/dist makes `@hanoi/platform` and `@hanoi/contracts` resolve to their dist/ (their package.json
# `exports`); without it they resolve to their TypeScript sources, which is what tsx and jest load in development.

# Any current LTS line runs it (package.json engines: 20.19+, 22.12+, 24): --build-arg NODE_IMAGE=node:24-bookworm-slim.
ARG NODE_IMAGE=node:22-bookworm-slim

# --- Only the package manifests, so the dependency layers below are rebuilt only when they change -------------
FROM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY . .
RUN mkdir -p /out && cp package.json package-lock.json /out/ \
 && find . -name package.json -not -path '*/node_modules/*' -not -path './package.json' \
      -exec cp --parents {} /out/ \;

# --- Every dependency, for the build -----------------------------------------------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false
COPY --from=manifests /out/ ./
RUN --mount=type=cache,target=/root/.npm npm ci

# --- Production dependencies only, for the runtime ---------------------------------------------------------
FROM deps AS prod-deps
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev

# --- tsc: every workspace's src/ to its dist/ (declarations and build state are not shipped), and the
# gateway's explorer bundle (which `npm ci` builds on a developer's machine through `prepare`) ------------------
FROM deps AS build
COPY . .
RUN npm run build && npm run build:explorer \
 && find packages services gateway -path '*/dist/*' \( -name '*.d.ts' -o -name '.tsbuildinfo' \) -delete

# --- What every process needs: node_modules (with the workspace links), the libraries, the SDL -------------
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/schemas ./schemas
COPY --from=build /app/packages/platform/package.json ./packages/platform/
COPY --from=build /app/packages/platform/dist ./packages/platform/dist
COPY --from=build /app/packages/contracts/package.json ./packages/contracts/
COPY --from=build /app/packages/contracts/dist ./packages/contracts/dist
USER node
# Each CMD is node itself, in exec form: SIGTERM reaches it directly and the platform drains and stops on it.

# --- One target per process --------------------------------------------------------------------------------
FROM runtime AS gateway
COPY --from=build /app/gateway/package.json ./gateway/
COPY --from=build /app/gateway/dist ./gateway/dist
# The explorer's bundle and saved queries, and the registered front-end documents (trusted documents).
COPY --from=build /app/gateway/explorer/dist ./gateway/explorer/dist
COPY --from=build /app/gateway/explorer/queries ./gateway/explorer/queries
COPY --from=build /app/clients/agency-dashboard/src/gql/persisted-documents.json ./clients/agency-dashboard/src/gql/
EXPOSE 4000
CMD ["node", "--conditions=@hanoi/dist", "--enable-source-maps", "gateway/dist/index.js"]

FROM runtime AS delegation
COPY --from=build /app/services/delegation/package.json ./services/delegation/
COPY --from=build /app/services/delegation/dist ./services/delegation/dist
EXPOSE 4101
CMD ["node", "--conditions=@hanoi/dist", "--enable-source-maps", "services/delegation/dist/index.js"]

FROM runtime AS council
COPY --from=build /app/services/council/package.json ./services/council/
COPY --from=build /app/services/council/dist ./services/council/dist
EXPOSE 4102
CMD ["node", "--conditions=@hanoi/dist", "--enable-source-maps", "services/council/dist/index.js"]

FROM runtime AS committee
COPY --from=build /app/services/committee/package.json ./services/committee/
COPY --from=build /app/services/committee/dist ./services/committee/dist
# The directory data files the committee imports (read at run time, beside dist/).
COPY --from=build /app/services/committee/data ./services/committee/data
EXPOSE 4103
CMD ["node", "--conditions=@hanoi/dist", "--enable-source-maps", "services/committee/dist/index.js"]

FROM runtime AS front
COPY --from=build /app/services/front/package.json ./services/front/
COPY --from=build /app/services/front/dist ./services/front/dist
EXPOSE 4104
CMD ["node", "--conditions=@hanoi/dist", "--enable-source-maps", "services/front/dist/index.js"]

FROM runtime AS petitions
COPY --from=build /app/services/petitions/package.json ./services/petitions/
COPY --from=build /app/services/petitions/dist ./services/petitions/dist
EXPOSE 4105
CMD ["node", "--conditions=@hanoi/dist", "--enable-source-maps", "services/petitions/dist/index.js"]

FROM runtime AS supervision
COPY --from=build /app/services/supervision/package.json ./services/supervision/
COPY --from=build /app/services/supervision/dist ./services/supervision/dist
EXPOSE 4106
CMD ["node", "--conditions=@hanoi/dist", "--enable-source-maps", "services/supervision/dist/index.js"]

# The notifier: a worker, no GraphQL (its port serves /healthz, /readyz and /metrics).
FROM runtime AS notifications
COPY --from=build /app/services/notifications/package.json ./services/notifications/
COPY --from=build /app/services/notifications/dist ./services/notifications/dist
EXPOSE 4107
CMD ["node", "--conditions=@hanoi/dist", "--enable-source-maps", "services/notifications/dist/index.js"]
