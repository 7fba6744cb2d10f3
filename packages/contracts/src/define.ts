import { createEvent, eventType, formatCalendarDate, parseCalendarDate, type CloudEvent, type EventDraft } from '@hanoi/platform';
import { z } from 'zod';

/**
 * The one calendar-day type of every event: `YYYY-MM-DD` on the wire, midnight UTC of that day once parsed
 * (Vietnam's legal deadlines count days, not instants). Impossible days (2025-02-30) are refused.
 */
export const calendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a calendar day YYYY-MM-DD')
  .transform((value, ctx) => {
    try {
      return parseCalendarDate(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'is not a real calendar day' });
      return z.NEVER;
    }
  });

/** An optional calendar day: absent or null both read as null. */
export const optionalCalendarDay = calendarDay.nullish().transform((value) => value ?? null);

/** An instant (ISO 8601 with offset), kept as a string: event data carries `Date` values only for calendar days. */
export const instant = z.string().datetime({ offset: true });

/** An id in event data (bounded like ids in inputs). */
export const eventId = z.string().min(1).max(200);
/** An optional id: absent or null both read as null. */
export const optionalId = eventId.nullish().transform((value) => value ?? null);

/** Encodes decoded values for the wire: every `Date` in event data is a calendar day. */
function encode(value: unknown): unknown {
  if (value instanceof Date) return formatCalendarDate(value);
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined).map(([key, item]) => [key, encode(item)]));
  }
  return value;
}

export interface EventContract<S extends z.ZodTypeAny = z.ZodTypeAny> {
  /** `vn.hanoi.<service>.<entity>.<verb>.v<version>`: once published, a version never changes incompatibly. */
  type: string;
  service: string;
  entity: string;
  verb: string;
  version: number;
  /** What happened, for whom it is meant; shown in the contract catalogue. */
  description: string;
  /** The data on the wire, parsed (calendar days become `Date`s). */
  schema: S;
  /** A realistic payload, as a producer builds it: contract tests encode, parse and compare it. */
  example: z.output<S>;
  /**
   * The draft a producer stores with its write: validated and stripped to the contract's fields (nothing else,
   * such as a citizen's personal data, can ride along), calendar days encoded. Throws on a payload that does
   * not satisfy the contract — a programming error, so the write does not happen.
   */
  draft(data: z.output<S>, subject?: string): EventDraft;
  /** A consumer's reading of an event's data (throws on data that does not satisfy the contract). */
  parse(event: Pick<CloudEvent, 'data'>): z.output<S>;
  /** A whole envelope (tests, tools and scripts that publish by hand). */
  event(subject: string, data: z.output<S>, options?: { id?: string; time?: Date }): CloudEvent;
}

export function defineEvent<S extends z.ZodTypeAny>(spec: {
  service: string;
  entity: string;
  verb: string;
  version?: number;
  description: string;
  schema: S;
  example: z.output<S>;
}): EventContract<S> {
  const type = eventType(spec.service, spec.entity, spec.verb, spec.version ?? 1);
  const draft = (data: z.output<S>, subject?: string): EventDraft => {
    const parsed = spec.schema.safeParse(encode(data));
    if (!parsed.success) {
      throw new Error(`${type}: the payload does not satisfy its contract: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`);
    }
    return { type, data: encode(parsed.data) as Record<string, unknown>, ...(subject !== undefined && { subject }) };
  };
  return {
    type,
    service: spec.service,
    entity: spec.entity,
    verb: spec.verb,
    version: spec.version ?? 1,
    description: spec.description,
    schema: spec.schema,
    example: spec.example,
    draft,
    parse: (event) => spec.schema.parse(event.data),
    event: (subject, data, options = {}) => createEvent({ type, subject, data: draft(data).data, ...options }),
  };
}

/** Handlers keyed by the contracts' types, each receiving the parsed data (what consumers register). */
export function handle<S extends z.ZodTypeAny, P>(
  contract: EventContract<S>,
  handler: (data: z.output<S>, event: CloudEvent, position: P) => Promise<void>,
): Record<string, (event: CloudEvent, position: P) => Promise<void>> {
  return { [contract.type]: (event, position) => handler(contract.parse(event), event, position) };
}
