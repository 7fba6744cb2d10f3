import { readFileSync } from 'node:fs';
import { Supergraph, type NamedType, type ObjectType, type Type } from '@apollo/federation-internals';
import { supergraphPath } from '../../scripts/lib/subgraphs';

/**
 * The rule for fields (README, "Degrade, don't fail"), checked on the composed supergraph so that a subgraph cannot
 * break it unnoticed: a null goes up to the nearest nullable field, so every field whose value needs another
 * subgraph than its parent's must be nullable, or that subgraph's outage nulls more than its own fields.
 */
const supergraph = Supergraph.build(readFileSync(supergraphPath, 'utf8'));
const subgraphs = supergraph.subgraphs().values();

const namedTypeOf = (type: Type): NamedType => ('ofType' in type ? namedTypeOf(type.ofType as Type) : (type as NamedType));
const keyFieldsOf = (type: ObjectType) => new Set(type.appliedDirectivesOf('key').flatMap((key) => String(key.arguments().fields).split(/\s+/)));
/** The fields a subgraph resolves itself on a type: not its keys, not `@external`, not federation's. */
const ownFields = (type: ObjectType) => type.fields().filter((field) => !field.name.startsWith('_') && !keyFieldsOf(type).has(field.name) && !field.hasAppliedDirective('external'));

/** Each entity's owner: the subgraph that holds most of its fields (the others add a few, or only reference it). */
const owners = new Map<string, string>();
const sizes = new Map<string, number>();
for (const subgraph of subgraphs) {
  for (const type of subgraph.schema.objectTypes()) {
    if (type.appliedDirectivesOf('key').length === 0 || ['Query', 'Mutation'].includes(type.name)) continue;
    const size = ownFields(type).length;
    if (size > (sizes.get(type.name) ?? 0)) {
      owners.set(type.name, subgraph.name);
      sizes.set(type.name, size);
    }
  }
}

/** Why a field must be nullable, when it must. */
function needsNullable(subgraph: string, type: ObjectType, fieldType: Type): string | undefined {
  if (type.name === 'Query') return `a root field: one operation may ask several subgraphs' root fields`;
  const owner = owners.get(type.name);
  if (owner && owner !== subgraph) return `${subgraph} adds it to ${owner}'s ${type.name}: an outage of ${subgraph} would null the whole ${type.name}`;
  const referenced = namedTypeOf(fieldType).name;
  const holder = owners.get(referenced);
  if (holder && holder !== subgraph) return `it references ${holder}'s ${referenced}: an outage of ${holder} would null the whole ${type.name}`;
  return undefined;
}

describe('degrade, don’t fail: the rule for fields', () => {
  it('knows the owners of the entities the issue names', () => {
    expect(Object.fromEntries(['Agency', 'CouncilSession', 'VoterMeeting', 'Petition', 'SupervisionRecommendation'].map((type) => [type, owners.get(type)]))).toEqual({
      Agency: 'committee',
      CouncilSession: 'council',
      VoterMeeting: 'front',
      Petition: 'petitions',
      SupervisionRecommendation: 'supervision',
    });
  });

  it('every field a subgraph adds to another’s entity, every reference to another’s entity and every root field is nullable', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const subgraph of subgraphs) {
      for (const type of subgraph.schema.objectTypes()) {
        if (type.name === 'Mutation' || type.name.startsWith('_')) continue;
        for (const field of ownFields(type)) {
          const reason = needsNullable(subgraph.name, type, field.type!);
          if (!reason) continue;
          checked += 1;
          if (field.type!.kind === 'NonNullType') broken.push(`schemas/${subgraph.name}.graphql: ${type.name}.${field.name}: ${field.type} must be nullable (${reason})`);
        }
      }
    }
    expect(broken).toEqual([]);
    // Agency.openCaseCount, .cases, .agendaItems, .consultationsOwed, CouncilSession.voterMeetings, Petition.agency…
    expect(checked).toBeGreaterThan(100);
  });
});
