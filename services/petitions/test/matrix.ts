import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { roles, type Caller, type Role } from '@hanoi/platform';

/**
 * The authorization matrix's machinery, shared by the subgraph's table (services/petitions/test/
 * authorization-matrix.test.ts) and the gateway's (test/e2e/authorization-matrix.test.ts): every role in its own
 * agency and in another one, plus callers without a valid token; each cell is what one request got.
 */
export type Outcome = 'allowed' | 'allowed, logged' | 'hidden' | 'FORBIDDEN' | 'UNAUTHENTICATED';
export type Where = 'own' | 'other';

/** A GraphQL answer as the tests see it (HTTP status, data, errors). */
export interface Answer {
  status: number;
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

/** One caller column: a role in the agency concerned (own) or another one, or a request without a valid token. */
export interface Column {
  label: string;
  role: Role | null;
  where: Where | null;
}

export const columnsFor = (tokenless: string[]): Column[] => [
  ...roles.flatMap((role) => (['own', 'other'] as const).map((where) => ({ label: `${role}@${where}`, role, where }))),
  ...tokenless.map((label) => ({ label, role: null, where: null })),
];

/** The caller of a column (agencies: the one the data belongs to, and another). */
export const callerOf = (column: Column, agencies: Record<Where, string>): Caller => ({
  subject: `matrix-${column.label}`,
  agency: agencies[column.where!],
  roles: [column.role!],
});

const staff: readonly Role[] = ['clerk', 'handler', 'leader'];

/** What each rule of access.ts expects of a role in the agency concerned (own) or another. */
export const expectations = {
  /** A denunciation's content: its lead agency's staff; an administrator, logged; everyone else does not see it. */
  needToKnow: (role: Role, where: Where): Outcome => (role === 'admin' ? 'allowed, logged' : where === 'own' && staff.includes(role) ? 'allowed' : 'hidden'),
  /** A case's mutations: staff of its lead agency, or an administrator. */
  caseStaff: (role: Role, where: Where): Outcome => (role === 'admin' || (where === 'own' && staff.includes(role)) ? 'allowed' : 'FORBIDDEN'),
  adminOnly: (role: Role): Outcome => (role === 'admin' ? 'allowed' : 'FORBIDDEN'),
  /** Petitioners' identities: the lead agency's handlers and leaders, or an administrator; every read logged. */
  identityReader: (role: Role, where: Where) => role === 'admin' || (where === 'own' && (role === 'handler' || role === 'leader')),
  /** CSV: analysts, leaders and administrators export, the denunciation only when they need to know it. */
  csv: (role: Role, where: Where): Outcome => (['clerk', 'handler', 'viewer'].includes(role) ? 'FORBIDDEN' : expectations.needToKnow(role, where)),
};

/** A refusal's outcome, null when the request was answered; anything else (a bug) throws with the errors. */
export function refusal(answer: Answer): Outcome | null {
  const code = answer.errors?.[0]?.extensions?.code;
  if (answer.status === 401 || code === 'UNAUTHENTICATED') return 'UNAUTHENTICATED';
  if (code === 'FORBIDDEN') return 'FORBIDDEN';
  if (answer.errors) throw new Error(`unexpected errors: ${JSON.stringify(answer.errors)}`);
  return null;
}

/** Rows × columns → outcome, printed (console.table) and written as Markdown under `.local/` for the closing note. */
export function publishMatrix(file: string, title: string, table: Record<string, Record<string, string>>): void {
  console.table(table);
  const columns = Object.keys(Object.values(table)[0] ?? {});
  const lines = [
    `### ${title}`,
    '',
    `| | ${columns.join(' | ')} |`,
    `|---|${columns.map(() => '---').join('|')}|`,
    ...Object.entries(table).map(([row, cells]) => `| ${row} | ${columns.map((column) => cells[column]).join(' | ')} |`),
    '',
  ];
  const target = path.resolve(__dirname, '../../../.local', file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, lines.join('\n'));
}
