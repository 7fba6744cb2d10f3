import { zodToJsonSchema } from 'zod-to-json-schema';
import type { EventContract } from './define';

/** A JSON Schema node, as zod-to-json-schema writes it. */
type JsonSchema = { [key: string]: unknown; properties?: Record<string, JsonSchema>; required?: string[] };

/** The wire format of a contract (what producers write), as JSON Schema without `$ref`s. */
export function wireSchema(contract: EventContract): JsonSchema {
  const schema = zodToJsonSchema(contract.schema, { effectStrategy: 'input', $refStrategy: 'none' }) as JsonSchema;
  delete schema.$schema;
  return schema;
}

/**
 * Why `next` is not a compatible successor of the recorded wire format `recorded`, or an empty list. The only
 * compatible change is a new optional field of an object: consumers of either version still read events of the
 * other (the new field is ignored or absent). Anything else — a field removed, retyped, made required, an enum
 * value added or removed, a pattern changed — needs a new event type (`…v2`) published beside the old one.
 */
export function compatibilityProblems(recorded: JsonSchema, next: JsonSchema, path = 'data'): string[] {
  const { properties: recordedProps, required: recordedRequired, ...recordedRest } = recorded;
  const { properties: nextProps, required: nextRequired, ...nextRest } = next;
  const problems: string[] = [];
  if (JSON.stringify(recordedRest) !== JSON.stringify(nextRest)) {
    problems.push(`${path}: ${JSON.stringify(recordedRest)} became ${JSON.stringify(nextRest)}`);
  }
  if (recordedProps || nextProps) {
    for (const [name, property] of Object.entries(recordedProps ?? {})) {
      const successor = nextProps?.[name];
      if (!successor) problems.push(`${path}.${name} was removed`);
      else problems.push(...compatibilityProblems(property, successor, `${path}.${name}`));
    }
    const wasRequired = new Set(recordedRequired ?? []);
    for (const name of nextRequired ?? []) {
      if (!wasRequired.has(name)) problems.push(`${path}.${name} is required now (events already published lack it)`);
    }
    for (const name of wasRequired) {
      // A removed field is reported as removed above, not also as optional.
      if (nextProps?.[name] && !(nextRequired ?? []).includes(name)) problems.push(`${path}.${name} is optional now (consumers rely on it)`);
    }
  }
  return problems;
}
