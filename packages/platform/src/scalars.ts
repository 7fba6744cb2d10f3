import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

const invalid = (scalar: string, value: unknown, expected: string) =>
  new GraphQLError(`${scalar} cannot represent ${JSON.stringify(value)}: expected ${expected}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });

/** Parses `YYYY-MM-DD` into midnight UTC of that calendar day; rejects impossible days like 2025-02-30. */
export function parseCalendarDate(value: unknown): Date {
  const match = typeof value === 'string' ? isoDate.exec(value) : null;
  if (!match) throw invalid('Date', value, 'YYYY-MM-DD');
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (date.toISOString().slice(0, 10) !== value) throw invalid('Date', value, 'a real calendar day');
  return date;
}

export const formatCalendarDate = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A calendar day (Vietnam's legal deadlines count days, not instants), stored as midnight UTC.
 * Serialized as `YYYY-MM-DD`.
 */
export const dateScalar = new GraphQLScalarType<Date, string>({
  name: 'Date',
  description: 'A calendar day, YYYY-MM-DD',
  serialize: (value) => formatCalendarDate(value instanceof Date ? value : new Date(String(value))),
  parseValue: parseCalendarDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw invalid('Date', 'non-string literal', 'YYYY-MM-DD');
    return parseCalendarDate(ast.value);
  },
});

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    throw invalid('DateTime', value, 'an ISO 8601 instant with offset');
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw invalid('DateTime', value, 'a real instant');
  return date;
}

/** An instant, ISO 8601 with offset. */
export const dateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, ISO 8601 with offset',
  serialize: (value) => (value instanceof Date ? value : new Date(String(value))).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw invalid('DateTime', 'non-string literal', 'ISO 8601');
    return parseDateTime(ast.value);
  },
});

export const scalarResolvers = { Date: dateScalar, DateTime: dateTimeScalar };
