import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
  ApolloServerPluginSchemaReportingDisabled,
} from '@apollo/server/plugin/disabled';
import {
  createErrorFormatter,
  createGraphQLHttpServer,
  createLifecycle,
  httpServerComponent,
  createLogger,
  type Caller,
  type Logger,
} from '@hanoi/platform';
import { createAccessTokenVerifier } from './auth';
import { createExplorer } from './explorer';
import { createGatewayQueryLimits } from './query-limits';
import { createRateLimits } from './rate-limit';
import { SubgraphSource } from './subgraph-source';
import { createSupergraphSource } from './supergraph-source';
import { createGatewayTelemetry } from './telemetry';
import { createTrustedDocuments } from './trusted-documents';
import { subgraphPorts, subgraphTimeoutMs, subgraphUrl, type Config, type SubgraphName } from './config';

export interface GatewayContext {
  caller: Caller;
  requestId: string;
}

/**
 * Builds the gateway without listening: it serves the composed supergraph (no runtime introspection of
 * subgraphs; new versions are polled for: supergraph-source.ts), verifies users' tokens, and passes the caller to subgraphs as a
 * short-lived token it signs, replacing anything a client sent under that header.
 */
export function createApp(config: Config, logger: Logger = createLogger({ service: 'gateway', level: config.LOG_LEVEL })) {
  const telemetry = createGatewayTelemetry(config, logger);
  const gateway = new ApolloGateway({
    // Polled for new versions (supergraph-source.ts).
    supergraphSdl: createSupergraphSource(config, logger, telemetry.supergraphReloads),
    // A subgraph the table does not name (one a new supergraph brought) is reached at its routing URL.
    buildService: ({ name, url }) =>
      telemetry.instrument(
        name,
        new SubgraphSource({
          name,
          url: name in subgraphPorts ? subgraphUrl(config, name as SubgraphName) : url,
          callerTokenSecret: config.INTERNAL_TOKEN_SECRET,
          timeoutMs: subgraphTimeoutMs(config, name),
          logger,
        }),
      ),
  });
  const trustedDocuments = createTrustedDocuments(config, logger);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    persistedQueries: trustedDocuments.persistedQueries,
    // Browsers get our offline explorer (explorer.ts), never Apollo's landing page, which loads its Sandbox from a CDN.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginSchemaReportingDisabled(), trustedDocuments.plugin],
  });
  const lifecycle = createLifecycle(logger, { shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS });
  let verifier: Awaited<ReturnType<typeof createAccessTokenVerifier>> | undefined;
  const rateLimits = createRateLimits(config);
  const http = createGraphQLHttpServer<GatewayContext>({
    apollo,
    logger,
    ready: () => lifecycle.ready(),
    metrics: telemetry.metrics,
    route: createExplorer(config, logger).route,
    queryLimits: createGatewayQueryLimits(config),
    async context({ requestId, headers, remoteAddress }) {
      const caller = await rateLimits.admit(() => verifier!.verify(headers.authorization), { headers, remoteAddress });
      return { caller, requestId };
    },
  });
  let started = false;
  // Tracing first: it is stopped last, flushing the spans of everything stopped before it.
  lifecycle.add(telemetry.tracing);
  lifecycle.add({
    name: 'gateway',
    async start() {
      verifier = await createAccessTokenVerifier({
        publicKeyPath: config.AUTH_PUBLIC_KEY_PATH,
        issuer: config.AUTH_ISSUER,
        audience: config.AUTH_AUDIENCE,
        cacheSize: config.GATEWAY_TOKEN_CACHE_SIZE,
      });
      await apollo.start();
      started = true;
    },
    stop: () => apollo.stop(),
    ready: async () => started,
  });
  lifecycle.add(httpServerComponent(http));

  return {
    runtime: { logger, lifecycle },
    async start(port = config.PORT) {
      await lifecycle.start();
      const actual = await http.listen(port);
      logger.info({ port: actual }, 'gateway ready');
      return { port: actual, url: `http://127.0.0.1:${actual}/graphql` };
    },
    stop: () => lifecycle.stop(),
  };
}
