import { readFileSync } from 'node:fs';
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
  createLogger,
  type Caller,
  type Logger,
} from '@hanoi/platform';
import { createAccessTokenVerifier } from './auth';
import { createExplorer } from './explorer';
import { SubgraphSource } from './subgraph-source';
import { createGatewayTelemetry } from './telemetry';
import { createTrustedDocuments } from './trusted-documents';
import { subgraphPorts, subgraphUrl, type Config, type SubgraphName } from './config';

export interface GatewayContext {
  caller: Caller;
  requestId: string;
}

/**
 * Builds the gateway without listening: it serves the committed static supergraph (no runtime
 * introspection of subgraphs), verifies users' tokens, and passes the caller to subgraphs as a
 * short-lived token it signs, replacing anything a client sent under that header.
 */
export function createApp(config: Config, logger: Logger = createLogger({ service: 'gateway', level: config.LOG_LEVEL })) {
  const telemetry = createGatewayTelemetry(config, logger);
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(config.SUPERGRAPH_PATH, 'utf8'),
    buildService: ({ name }) =>
      telemetry.instrument(
        name,
        new SubgraphSource({
          url: name in subgraphPorts ? subgraphUrl(config, name as SubgraphName) : undefined,
          callerTokenSecret: config.INTERNAL_TOKEN_SECRET,
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
  const lifecycle = createLifecycle(logger);
  let verifier: Awaited<ReturnType<typeof createAccessTokenVerifier>> | undefined;
  const http = createGraphQLHttpServer<GatewayContext>({
    apollo,
    logger,
    ready: () => lifecycle.ready(),
    metrics: telemetry.metrics,
    route: createExplorer(config, logger).route,
    async context({ requestId, headers }) {
      const caller = await verifier!.verify(headers.authorization);
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
      });
      await apollo.start();
      started = true;
    },
    stop: () => apollo.stop(),
    ready: async () => started,
  });
  lifecycle.add({ name: 'http', stop: () => http.close() });

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
