import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { formatCalendarDate, hanoiToday } from '@hanoi/platform';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { z } from 'zod';
import type { SavedQuery } from './explorer-page';

/** The analysts' saved queries, committed as files: gateway/explorer/queries/<id>.graphql. */
export const savedQueriesDir = path.resolve(__dirname, '../explorer/queries');

const header = z.object({
  title: z.string().min(1),
  description: z.string().min(1),
  variables: z.record(z.unknown()).default({}),
});

/**
 * A saved query with its variables for `today`: the placeholders they may use, so that their defaults stay sensible
 * over time, are replaced — `$today` by that day (YYYY-MM-DD), `$year` by its year (a coordination index period).
 */
export function forDay(saved: SavedQuery, today: Date = hanoiToday()): SavedQuery {
  const day = formatCalendarDate(today);
  const values: Record<string, string> = { $today: day, $year: day.slice(0, 4) };
  const variables = Object.entries(saved.variables).map(([name, value]) => [name, typeof value === 'string' ? values[value] ?? value : value]);
  return { ...saved, variables: Object.fromEntries(variables) };
}

/**
 * Reads one saved query: header comment lines `# title: …`, `# description: …` (continued on the following comment
 * lines that start with spaces), `# variables: {JSON}` (optional), then a document with exactly one named operation.
 * Throws, naming the file, on anything else: a broken saved query fails the gateway's start and the tests.
 */
export function parseSavedQuery(id: string, text: string): SavedQuery {
  const fields: Record<string, string> = {};
  let current: string | undefined;
  const lines = text.split('\n');
  let body = 0;
  for (; body < lines.length && lines[body]!.startsWith('#'); body++) {
    const line = lines[body]!.slice(1);
    const field = /^ (\w+):\s*(.*)$/.exec(line);
    if (field) fields[(current = field[1]!)] = field[2]!.trim();
    else if (current && /^\s{2,}\S/.test(line)) fields[current] += ` ${line.trim()}`;
    else throw new Error(`saved query ${id}: header line ${body + 1} is neither "# name: value" nor a continuation`);
  }
  let variables: unknown;
  try {
    variables = fields.variables === undefined ? undefined : JSON.parse(fields.variables);
  } catch {
    throw new Error(`saved query ${id}: "# variables:" is not JSON`);
  }
  const parsed = header.safeParse({ ...fields, variables });
  if (!parsed.success) throw new Error(`saved query ${id}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`);
  const query = lines.slice(body).join('\n').trim();
  const operations = parse(query).definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const operationName = operations.length === 1 ? operations[0]!.name?.value : undefined;
  if (!operationName) throw new Error(`saved query ${id}: the document must hold exactly one named operation`);
  return { id, title: parsed.data.title, description: parsed.data.description, operationName, query, variables: parsed.data.variables };
}

/** Every saved query of a folder, in file name order, placeholders unresolved (see `forDay`). */
export function loadSavedQueries(dir: string = savedQueriesDir): SavedQuery[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => parseSavedQuery(path.basename(file, '.graphql'), readFileSync(path.join(dir, file), 'utf8')));
}
