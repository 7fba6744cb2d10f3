import { ChangeType, CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import type { GraphQLSchema } from 'graphql';
import { coordinatesUsed, type RegisteredOperation } from './operations';

/** One breaking or dangerous change, to one coordinate, however many files show it. */
export interface Finding {
  severity: 'breaking' | 'dangerous';
  /** A schema coordinate (`Agency.openCaseCount`, `Agency.cases.first`, `PetitionStatus.CLOSED`) or an event type. */
  coordinate: string;
  /** What happened to it: `@graphql-inspector/core`'s change type (`FIELD_REMOVED`, `FIELD_TYPE_CHANGED`…) or `EVENT_…`. */
  change: string;
  message: string;
  /** The files that show it: `schemas/petitions.graphql`, `schemas/api.graphql`, `packages/contracts`. */
  where: string[];
  /** The registered operations it breaks (labels, see `RegisteredOperation`). */
  usedBy: string[];
  /** Set when the allow list names the coordinate and the change (`allowanceOf`). */
  allowedBecause?: string;
}

/** One schema as landed (`base`) and as changed (`current`), named by its file. */
export interface SchemaPair {
  file: string;
  base: GraphQLSchema;
  current: GraphQLSchema;
  /** A subgraph's schema: federation's machinery in it is left to composition (see `isFederationMachinery`). */
  subgraph?: boolean;
}

/**
 * Changes that break whoever uses the type or field that holds the changed member, not only whoever names the
 * member: a new required argument breaks every call of its field, a removed enum value every reader of the enum, an
 * input field change every writer of the input (a variable may carry any of its fields).
 */
const breaksTheHolder = new Set<string>([
  ChangeType.FieldArgumentAdded,
  ChangeType.FieldArgumentTypeChanged,
  ChangeType.InputFieldAdded,
  ChangeType.InputFieldRemoved,
  ChangeType.InputFieldTypeChanged,
  ChangeType.EnumValueRemoved,
  ChangeType.EnumValueAdded,
]);

/**
 * Federation's machinery in a subgraph schema, which clients never see and composition checks: its own types
 * (`_Entity`, `_Service`, `_Any`) and directives — their definitions (`@provides` named `federation__provides` until
 * `@link` imports it) and their uses (`@key`, `@provides`, `@shareable`, `@external`).
 */
const isFederationMachinery = (change: Change) => (change.path?.startsWith('_') ?? false) || change.type.startsWith('DIRECTIVE');

/** How an allow-list entry names a finding: its coordinate and its change, so that allowing one change allows no other. */
export const allowanceOf = (finding: Pick<Finding, 'coordinate' | 'change'>) => `${finding.coordinate} ${finding.change}`;

const holderOf = (coordinate: string) => coordinate.split('.').slice(0, -1).join('.');

/**
 * Every breaking and dangerous change from each pair's base to its current schema (`@graphql-inspector/core`),
 * merged by coordinate and message across files, each with the registered operations that use what changed —
 * read against `usageSchema`, the API schema the operations were written for.
 */
export async function schemaFindings(pairs: SchemaPair[], operations: RegisteredOperation[], usageSchema: GraphQLSchema): Promise<Finding[]> {
  const usages = operations.map((operation) => ({ label: operation.label, used: coordinatesUsed(usageSchema, operation.document) }));
  const usersOf = (change: Change) => {
    const coordinate = change.path ?? '';
    const keys = breaksTheHolder.has(change.type) ? [coordinate, holderOf(coordinate)] : [coordinate];
    return usages.filter(({ used }) => keys.some((key) => used.has(key))).map(({ label }) => label);
  };
  const findings = new Map<string, Finding>();
  for (const { file, base, current, subgraph } of pairs) {
    for (const change of await diff(base, current)) {
      const level = change.criticality.level;
      if (level === CriticalityLevel.NonBreaking || (subgraph && isFederationMachinery(change))) continue;
      const key = `${change.path}\n${change.message}`;
      const known = findings.get(key);
      if (known) {
        known.where.push(file);
        continue;
      }
      findings.set(key, {
        severity: level === CriticalityLevel.Breaking ? 'breaking' : 'dangerous',
        coordinate: change.path ?? '(schema)',
        change: change.type,
        message: change.message,
        where: [file],
        usedBy: usersOf(change),
      });
    }
  }
  return [...findings.values()];
}
