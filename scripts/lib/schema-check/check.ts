import path from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { buildSchema, parse, type GraphQLSchema } from 'graphql';
import type { EventContract } from '../../../packages/contracts/src/define';
import { composeSchemas, readSubgraphSdl, subgraphs } from '../subgraphs';
import { allowListFile, readAllowList } from './allow-list';
import { listAt, readAt, resolveBase, type Base } from './base-ref';
import { contractFindings, snapshotsDir, type WireFormat } from './contract-changes';
import { loadRegisteredOperations } from './operations';
import { allowanceOf, schemaFindings, type Finding, type SchemaPair } from './schema-changes';

export interface SchemaCheckReport {
  base: Base;
  /** Why the subgraphs do not compose, or null when they do. */
  compositionError: string | null;
  /** Breaking and dangerous changes since `base`, the allowed ones marked. */
  findings: Finding[];
  /** Allow-list entries (`<coordinate> <CHANGE>`) no change needs any more (safe to delete once the change has landed). */
  unusedAllowances: string[];
  /** Subgraphs that did not exist in `base`: nothing of theirs can break. */
  newSubgraphs: string[];
}

const apiFile = 'schemas/api.graphql';
const subgraphSchema = (sdl: string) => buildSubgraphSchema({ typeDefs: parse(sdl) });

/**
 * `npm run schema:check` on the tree at `root`: composes its subgraphs, then compares each subgraph's SDL and the API
 * schema, and each published event type's wire format, with the landed version `resolveBase` picks. `contracts` is
 * the working tree's event catalogue (`allContracts`).
 */
export async function runSchemaCheck(options: { root: string; baseRef?: string; contracts: readonly EventContract[] }): Promise<SchemaCheckReport> {
  const { root } = options;
  const sdlOf = new Map(subgraphs.map(({ name }) => [name, readSubgraphSdl(name, path.join(root, 'schemas'))]));
  let api: string | null = null;
  let compositionError: string | null = null;
  try {
    api = composeSchemas((name) => sdlOf.get(name)!).api;
  } catch (error) {
    compositionError = (error as Error).message;
  }
  const base = resolveBase(root, options.baseRef);
  const report: SchemaCheckReport = { base, compositionError, findings: [], unusedAllowances: [], newSubgraphs: [] };
  // Breaking changes are looked for in a tree that composes (an SDL that does not even build has nothing to compare).
  if (!base.sha || compositionError) return report;
  const at = (file: string) => readAt(root, base.sha!, file);

  const pairs: SchemaPair[] = [];
  for (const [name, sdl] of sdlOf) {
    const file = `schemas/${name}.graphql`;
    const landed = at(file);
    if (landed === null) report.newSubgraphs.push(name);
    else pairs.push({ file, base: subgraphSchema(landed), current: subgraphSchema(sdl), subgraph: true });
  }
  const landedApiSdl = at(apiFile);
  const landedApi = landedApiSdl === null ? null : buildSchema(landedApiSdl);
  const currentApi = buildSchema(api!);
  if (landedApi) pairs.push({ file: apiFile, base: landedApi, current: currentApi });
  // Operations are read against the API they were written for: the landed one (a removed field is still there).
  const usageSchema: GraphQLSchema = landedApi ?? currentApi;

  const recorded = new Map(
    listAt(root, base.sha, snapshotsDir)
      .filter((file) => file.endsWith('.json'))
      .map((file) => [file.slice(0, -'.json'.length), JSON.parse(at(`${snapshotsDir}/${file}`)!) as WireFormat]),
  );
  const findings = [...(await schemaFindings(pairs, loadRegisteredOperations(root), usageSchema)), ...contractFindings(recorded, options.contracts)];

  const allowed = readAllowList(root);
  for (const finding of findings) {
    const reason = allowed.get(allowanceOf(finding));
    if (reason !== undefined) finding.allowedBecause = reason;
  }
  report.findings = findings;
  const needed = new Set(findings.map(allowanceOf));
  report.unusedAllowances = [...allowed.keys()].filter((allowance) => !needed.has(allowance));
  return report;
}

/** The changes that fail the check: breaking and not allowed. */
export const failures = (report: SchemaCheckReport) => report.findings.filter((finding) => finding.severity === 'breaking' && finding.allowedBecause === undefined);

/** The report as the check prints it: every failure names the coordinate, the files and the operations that use it. */
export function formatReport(report: SchemaCheckReport): string {
  const lines = [report.compositionError ?? `Composition: the ${subgraphs.length} subgraphs compose.`];
  if (report.compositionError) return lines.join('\n');
  if (!report.base.sha) {
    lines.push(`Breaking-change check NOT RUN: ${report.base.description} (set SCHEMA_BASE_REF to a commit to compare with).`);
    return lines.join('\n');
  }
  lines.push(`Breaking-change check against ${report.base.description}:`);
  for (const name of report.newSubgraphs) lines.push(`  new subgraph ${name}: nothing to compare with`);
  const describe = (mark: string, finding: Finding) => {
    lines.push(`  ${mark} ${allowanceOf(finding)}: ${finding.message}`, `      in ${finding.where.join(', ')}`);
    if (finding.usedBy.length) lines.push(`      used by ${finding.usedBy.join('; ')}`);
    else if (finding.severity === 'breaking' && finding.where.some((file) => file.startsWith('schemas/'))) {
      lines.push('      used by no saved query or registered document (clients outside this repository may still use it)');
    }
  };
  const failing = failures(report);
  failing.forEach((finding) => describe('✗ BREAKING', finding));
  // Allowed ones were reviewed when they were listed: one line each.
  for (const finding of report.findings.filter((finding) => finding.allowedBecause !== undefined)) {
    lines.push(`  ✓ allowed ${allowanceOf(finding)}: ${finding.message} — ${finding.allowedBecause}`);
  }
  report.findings.filter((finding) => finding.severity === 'dangerous' && finding.allowedBecause === undefined).forEach((finding) => describe('⚠ DANGEROUS', finding));
  for (const allowance of report.unusedAllowances) lines.push(`  note: ${allowListFile} allows ${allowance}, which this change does not make (delete the entry once landed)`);
  if (report.findings.length === 0) lines.push('  none.');
  if (failing.length) {
    lines.push(
      `${failing.length} breaking change${failing.length > 1 ? 's' : ''}. Keep the old field, value or argument beside the new one (deprecate it), publish a new event version, ` +
        `or, for an intended break agreed with the clients named above, add its "<coordinate> <CHANGE>" as printed and the reason to ${allowListFile} (README "Schema governance").`,
    );
  }
  return lines.join('\n');
}
