import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { allContracts, type EventContract } from '@hanoi/contracts';
import type { AnyZodObject } from 'zod';
import { wireSchema } from '../../packages/contracts/src/compatibility';
import { failures, formatReport, runSchemaCheck } from '../../scripts/lib/schema-check/check';
import { contractFindings } from '../../scripts/lib/schema-check/contract-changes';
import { repoRoot } from '../../scripts/lib/subgraphs';

/**
 * `npm run schema:check` on a real change: a git repository in a temporary folder holds what the check reads — the
 * SDL, the saved analyst queries, the apps' trusted-documents manifests and the contracts' snapshots — committed as
 * `main`; each test then edits (or commits) a change there and checks it against the landed version.
 */
const governed = ['schemas', 'gateway/explorer/queries', 'clients/agency-dashboard/src/gql/persisted-documents.json', 'packages/contracts/snapshots'];
/** `Agency.openCaseCount` in petitions' SDL, with its description if it has one (nullable or not). */
const openCaseCount = /(  "[^"\n]*"\n)?  openCaseCount: Int!?\n/;
let root: string;

const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe' }).toString().trim();
const petitionsSdl = () => path.join(root, 'schemas/petitions.graphql');
const editPetitionsSdl = (edit: (sdl: string) => string) => {
  const before = readFileSync(petitionsSdl(), 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(petitionsSdl(), after);
};
const check = (contracts: readonly EventContract[] = allContracts, baseRef?: string) => runSchemaCheck({ root, contracts, ...(baseRef && { baseRef }) });

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'schema-check-'));
  for (const item of governed) cpSync(path.join(repoRoot, item), path.join(root, item), { recursive: true });
  rmSync(path.join(root, 'schemas/breaking-changes.allow'), { force: true });
  git('init', '--quiet', '--initial-branch=main');
  git('add', '.');
  git('-c', 'user.name=test', '-c', 'user.email=test@example.org', 'commit', '--quiet', '-m', 'landed');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('schema check', () => {
  it('passes a new optional field, compared with HEAD while the working tree has edits', async () => {
    editPetitionsSdl((sdl) => sdl.replace(openCaseCount, (field) => `${field}  "Cases closed."\n  closedCaseCount: Int\n`));
    const report = await check();
    expect(report.compositionError).toBeNull();
    expect(report.base.description).toMatch(/^HEAD \(.*uncommitted edits/);
    expect(failures(report)).toEqual([]);
  });

  it('fails when the subgraphs do not compose, before comparing anything', async () => {
    editPetitionsSdl((sdl) => sdl.replace('hasNextPage: Boolean!', 'hasNextPage: String!'));
    const report = await check();
    expect(report.compositionError).toMatch(/^Composition failed:[\s\S]*PageInfo\.hasNextPage/);
    expect(report.findings).toEqual([]);
    expect(formatReport(report)).toBe(report.compositionError);
  });

  it('fails a removed field, naming it and the saved query and registered document that use it', async () => {
    editPetitionsSdl((sdl) => sdl.replace(openCaseCount, ''));
    const report = await check();
    expect(failures(report)).toEqual([
      expect.objectContaining({
        coordinate: 'Agency.openCaseCount',
        where: ['schemas/petitions.graphql', 'schemas/api.graphql'],
        usedBy: ['saved analyst query agency-page (AgencyPage)', expect.stringMatching(/^agency-dashboard AgencyPage \(sha256:[0-9a-f]{12}…\)$/)],
      }),
    ]);
    const printed = formatReport(report);
    expect(printed).toContain("✗ BREAKING Agency.openCaseCount FIELD_REMOVED: Field 'openCaseCount' was removed from object type 'Agency'");
    expect(printed).toMatch(/used by saved analyst query agency-page \(AgencyPage\); agency-dashboard AgencyPage/);
  });

  it('fails a retyped field and a new required argument; warns of a new enum value', async () => {
    editPetitionsSdl((sdl) =>
      sdl
        .replace(/openCaseCount: Int!?/, 'openCaseCount: String!')
        .replace('cases(filter: AgencyCaseFilter, first: Int, after: String)', 'cases(filter: AgencyCaseFilter, first: Int, after: String, period: String!)')
        .replace('enum PetitionChannel {\n', 'enum PetitionChannel {\n  HOTLINE\n'),
    );
    const report = await check();
    const agencyPage = 'saved analyst query agency-page (AgencyPage)';
    expect(failures(report)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ coordinate: 'Agency.openCaseCount', message: expect.stringMatching(/^Field 'Agency.openCaseCount' changed type from 'Int!?' to 'String!'$/), usedBy: expect.arrayContaining([agencyPage]) }),
        expect.objectContaining({ coordinate: 'Agency.cases.period', usedBy: expect.arrayContaining([agencyPage]) }),
      ]),
    );
    expect(failures(report)).toHaveLength(2);
    const printed = formatReport(report);
    expect(printed).toContain("⚠ DANGEROUS PetitionChannel.HOTLINE ENUM_VALUE_ADDED: Enum value 'HOTLINE' was added to enum 'PetitionChannel'");
  });

  it('lets an intended break through when the allow list names it and its change with a reason, and that change only', async () => {
    editPetitionsSdl((sdl) => sdl.replace(openCaseCount, ''));
    const allowList = path.join(root, 'schemas/breaking-changes.allow');
    // Allowing the field to be retyped (say, made nullable) does not allow removing it.
    writeFileSync(allowList, 'Agency.openCaseCount FIELD_TYPE_CHANGED  made nullable (issue 10)\n');
    expect(failures(await check())).toEqual([expect.objectContaining({ coordinate: 'Agency.openCaseCount', change: 'FIELD_REMOVED' })]);

    writeFileSync(allowList, '# intended\nAgency.openCaseCount FIELD_REMOVED  the dashboard moved to petitionCounts (agreed with its team)\nAgency.gone FIELD_REMOVED left over\n');
    const report = await check();
    expect(failures(report)).toEqual([]);
    expect(report.findings).toEqual([expect.objectContaining({ coordinate: 'Agency.openCaseCount', allowedBecause: 'the dashboard moved to petitionCounts (agreed with its team)' })]);
    expect(report.unusedAllowances).toEqual(['Agency.gone FIELD_REMOVED']);

    writeFileSync(allowList, 'Agency.openCaseCount  no change named\n');
    await expect(check()).rejects.toThrow('schemas/breaking-changes.allow:1: "Agency.openCaseCount  no change named" is not "<coordinate> <CHANGE> <reason>"');
  });

  it('compares a clean main with its previous commit (a fresh CI clone), and a branch with its merge base', async () => {
    editPetitionsSdl((sdl) => sdl.replace(openCaseCount, ''));
    git('-c', 'user.name=test', '-c', 'user.email=test@example.org', 'commit', '--quiet', '-am', 'remove openCaseCount');
    const onMain = await check();
    expect(onMain.base.description).toMatch(/^HEAD~1 /);
    expect(failures(onMain).map((finding) => finding.coordinate)).toEqual(['Agency.openCaseCount']);

    git('checkout', '--quiet', '-b', 'feature', 'HEAD~1');
    git('-c', 'user.name=test', '-c', 'user.email=test@example.org', 'commit', '--quiet', '--allow-empty', '-m', 'unrelated');
    const onBranch = await check();
    expect(onBranch.base.description).toMatch(/^the merge base with main/);
    // main's later removal is not the branch's change.
    expect(failures(onBranch)).toEqual([]);
  });

  it('fails an event contract whose published version lost a field, naming the event type and the field', async () => {
    const routed = allContracts.find((contract) => contract.type === 'vn.hanoi.petitions.petition.routed.v1')!;
    const changed = { ...routed, schema: (routed.schema as AnyZodObject).omit({ agencyId: true }) };
    // The contract is changed in memory, the tree is clean: compared with main's snapshots (SCHEMA_BASE_REF=main).
    const report = await check(allContracts.map((contract) => (contract === routed ? changed : contract)), 'main');
    expect(failures(report)).toEqual([expect.objectContaining({ coordinate: routed.type, message: expect.stringContaining('data.agencyId was removed') })]);
    expect(formatReport(report)).toContain(`✗ BREAKING ${routed.type} EVENT_WIRE_FORMAT_CHANGED: data.agencyId was removed`);

    const recorded = new Map([[routed.type, wireSchema(routed)]]);
    expect(contractFindings(recorded, allContracts.filter((contract) => contract !== routed))).toEqual([
      expect.objectContaining({ coordinate: routed.type, message: expect.stringContaining('was removed from the catalogue') }),
    ]);
  });
});
