import pino, { type Logger } from 'pino';
import { activeTraceIds } from './tracing';

export type { Logger };

/**
 * Paths never written to logs: credentials, and personal data of citizens (a denouncer's identity
 * must not leak through logs, Law on Denunciations 2018 art. 47).
 */
export const redactedPaths = [
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'headers["x-caller-token"]',
  '*.headers["x-caller-token"]',
  '*.password',
  '*.token',
  'petitioners',
  '*.petitioners',
  '*.identity',
  '*.citizen',
  '*.phone',
  '*.email',
  '*.address',
  '*.nationalId',
];

export function createLogger(options: { service: string; level?: string }): Logger {
  return pino({
    name: options.service,
    level: options.level ?? 'info',
    base: { service: options.service },
    redact: { paths: redactedPaths, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // traceId and spanId of the active span (tracing on), beside the request id: a log line leads to its trace.
    mixin: activeTraceIds,
  });
}
