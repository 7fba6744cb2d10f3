import { context, diag, DiagLogLevel, propagation, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter as OtlpJsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as OtlpProtobufExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { defaultResource, detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, ConsoleSpanExporter, SimpleSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import type { Logger } from './logger';
import { outsideTrace, type TracingConfig } from './tracing';
import { JsonLinesSpanExporter } from './tracing-file-exporter';

let registered = false;

/** The OTLP endpoint for traces: the signal's own variable, else the base endpoint + `/v1/traces` (as specified). */
function otlpTracesUrl(config: TracingConfig): string | undefined {
  if (config.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return config.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  return config.OTEL_EXPORTER_OTLP_ENDPOINT && `${config.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '')}/v1/traces`;
}

function processorOf(exporter: TracingConfig['OTEL_TRACES_EXPORTER'][number], config: TracingConfig): SpanProcessor {
  switch (exporter) {
    case 'otlp': {
      const url = otlpTracesUrl(config);
      const json = (config.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? config.OTEL_EXPORTER_OTLP_PROTOCOL) === 'http/json';
      return new BatchSpanProcessor(json ? new OtlpJsonExporter({ url }) : new OtlpProtobufExporter({ url }));
    }
    case 'console':
      return new SimpleSpanProcessor(new ConsoleSpanExporter());
    case 'file':
      return new BatchSpanProcessor(new JsonLinesSpanExporter(config.TRACES_FILE));
  }
}

/**
 * Registers the tracer provider for this process (AsyncLocalStorage context, W3C trace context only: no baggage, so
 * nothing a client puts in a `baggage` header travels on to subgraphs or into events). Returns its shutdown (which
 * flushes pending spans), or undefined when another app in this process registered it first.
 */
export function startTracingSdk(service: string, config: TracingConfig, logger: Logger): (() => Promise<void>) | undefined {
  if (registered) return undefined;
  registered = true;
  // The SDK's own warnings (a collector out of reach, spans dropped from a full queue) reach the operators' logs.
  // Logged outside any trace: an export runs in the context of whichever span ended last, not for it.
  const log = logger.child({ component: 'tracing' });
  const warn = (message: string) => outsideTrace(() => log.warn(message));
  const ignore = () => undefined;
  diag.setLogger({ error: warn, warn, info: ignore, debug: ignore, verbose: ignore }, DiagLogLevel.WARN);
  const provider = new NodeTracerProvider({
    resource: defaultResource()
      .merge(detectResources({ detectors: [envDetector] }))
      .merge(resourceFromAttributes({ [ATTR_SERVICE_NAME]: config.OTEL_SERVICE_NAME ?? service })),
    spanProcessors: config.OTEL_TRACES_EXPORTER.map((exporter) => processorOf(exporter, config)),
  });
  provider.register({ propagator: new W3CTraceContextPropagator() });
  return async () => {
    await provider.shutdown();
    trace.disable();
    context.disable();
    propagation.disable();
    diag.disable();
    registered = false;
  };
}
