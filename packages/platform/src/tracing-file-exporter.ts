import { mkdirSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { SpanKind } from '@opentelemetry/api';
import { ExportResultCode, hrTimeToMicroseconds, type ExportResult } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';

/** One span as a line of the file: ids, names and timings (microseconds since the epoch), no SDK internals. */
export interface SpanLine {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: string;
  startUs: number;
  durationUs: number;
  status: 'UNSET' | 'OK' | 'ERROR';
  attributes: Record<string, unknown>;
}

const statusNames = ['UNSET', 'OK', 'ERROR'] as const;

/**
 * Appends finished spans to a file as JSON lines (`OTEL_TRACES_EXPORTER=file`): for a network without a collector,
 * and for tests that follow one trace across processes. Every process may append to the same file: each batch is one
 * `O_APPEND` write, which the kernel does not interleave with another process's.
 */
export class JsonLinesSpanExporter implements SpanExporter {
  constructor(private readonly file: string) {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }

  export(spans: ReadableSpan[], done: (result: ExportResult) => void): void {
    const lines = spans.map((span) => JSON.stringify(toLine(span))).join('\n');
    appendFile(this.file, `${lines}\n`).then(
      () => done({ code: ExportResultCode.SUCCESS }),
      (error: Error) => done({ code: ExportResultCode.FAILED, error }),
    );
  }

  async shutdown(): Promise<void> {}
}

function toLine(span: ReadableSpan): SpanLine {
  const { traceId, spanId } = span.spanContext();
  return {
    service: String(span.resource.attributes['service.name']),
    traceId,
    spanId,
    ...(span.parentSpanContext && { parentSpanId: span.parentSpanContext.spanId }),
    name: span.name,
    kind: SpanKind[span.kind],
    startUs: Math.round(hrTimeToMicroseconds(span.startTime)),
    durationUs: Math.round(hrTimeToMicroseconds(span.duration)),
    status: statusNames[span.status.code],
    attributes: span.attributes,
  };
}
