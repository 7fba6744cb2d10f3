import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
  getNamedType,
  isInputObjectType,
  Kind,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type GraphQLType,
  type OperationDefinitionNode,
} from 'graphql';
import { loadSavedQueries } from '../../../gateway/src/explorer-queries';
import { loadManifests } from '../../../gateway/src/trusted-documents';

/** A document someone runs against the API: a saved analyst query or an app's registered (trusted) document. */
export interface RegisteredOperation {
  /** How the report names it: `saved analyst query agency-page (AgencyPage)`, `agency-dashboard AgencyPage (sha256:0f0fda0f9fd5…)`. */
  label: string;
  document: DocumentNode;
}

const operationNames = (document: DocumentNode) =>
  document.definitions
    .filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => operation.name?.value ?? 'anonymous')
    .join(', ');

/** Every trusted-documents manifest of the apps: `clients/<app>/**\/persisted-documents.json` (README "Front-end contract"). */
function manifestFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'persisted-documents.json') found.push(full);
    }
  };
  if (existsSync(path.join(root, 'clients'))) walk(path.join(root, 'clients'));
  return found.sort();
}

/** The saved analyst queries (gateway/explorer/queries) and every app's registered documents, in the tree at `root`. */
export function loadRegisteredOperations(root: string): RegisteredOperation[] {
  const savedDir = path.join(root, 'gateway/explorer/queries');
  const saved = existsSync(savedDir)
    ? loadSavedQueries(savedDir).map((query) => ({ label: `saved analyst query ${query.id} (${query.operationName})`, document: parse(query.query) }))
    : [];
  const registered = manifestFiles(root).flatMap((file) => {
    const app = path.relative(path.join(root, 'clients'), file).split(path.sep)[0];
    return [...loadManifests([file])].map(([hash, text]) => {
      const document = parse(text);
      return { label: `${app} ${operationNames(document)} (sha256:${hash.slice(0, 12)}…)`, document };
    });
  });
  return [...saved, ...registered];
}

/**
 * The schema coordinates a document touches, read against `schema` (the version it was written for): each field
 * (`Agency.openCaseCount`), argument (`Agency.cases.first`), input field and enum value it writes
 * (`PetitionFilter.status`, `PetitionStatus.CLOSED`), and the name of every type it selects, passes or declares
 * (`Agency`, `PetitionFilter`) — a variable's input type with every input type inside it, since a variable's value
 * may hold any of their fields. Fields the schema does not know are skipped.
 */
export function coordinatesUsed(schema: GraphQLSchema, document: DocumentNode): Set<string> {
  const used = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  const walked = new Set<string>();
  const useType = (type: GraphQLType | null | undefined, deep = false) => {
    const named = type && getNamedType(type);
    if (!named) return;
    used.add(named.name);
    if (!deep || !isInputObjectType(named) || walked.has(named.name)) return;
    walked.add(named.name);
    for (const field of Object.values(named.getFields())) useType(field.type, true);
  };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field || field.name.startsWith('__')) return;
        used.add(`${parent.name}.${field.name}`);
        useType(parent);
        useType(field.type);
      },
      Argument(node) {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (parent && field) used.add(`${parent.name}.${field.name}.${node.name.value}`);
        useType(typeInfo.getArgument()?.type);
      },
      ObjectField(node) {
        const input = typeInfo.getParentInputType();
        if (input) used.add(`${getNamedType(input).name}.${node.name.value}`);
        useType(typeInfo.getInputType());
      },
      EnumValue(node) {
        const type = typeInfo.getInputType();
        if (type) used.add(`${getNamedType(type).name}.${node.value}`);
      },
      VariableDefinition() {
        useType(typeInfo.getInputType(), true);
      },
      InlineFragment() {
        useType(typeInfo.getType());
      },
      FragmentDefinition() {
        useType(typeInfo.getType());
      },
    }),
  );
  return used;
}
