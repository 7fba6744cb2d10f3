import { formatCalendarDate, hanoiToday, type Caller } from '@hanoi/platform';
import { callSubgraph, callers, collectEvents, eventually } from '@hanoi/platform/testing';
import { startPetitions, type Petitions } from './support';

const admin = callers.admin;
const analyst = callers.analyst;
const cnHandler: Caller = { subject: 'cn-handler-1', agency: 'ubnd-phuong-cua-nam', roles: ['handler'] };
const cnClerk: Caller = { subject: 'cn-clerk-1', agency: 'ubnd-phuong-cua-nam', roles: ['clerk'] };
const hkHandler: Caller = { subject: 'hk-handler-1', agency: 'ubnd-phuong-hoan-kiem', roles: ['handler'] };

const daysAgo = (days: number) => formatCalendarDate(new Date(hanoiToday().getTime() - days * 86_400_000));
const quotedSubject = 'Kiến nghị "khẩn", lắp đèn\ntại nút giao';

/**
 * The data set: [label, input]. Complaints get an acceptance deadline 10 days after receipt, the denunciation an
 * initial-handling one of 7 working days; recommendations and feedback none.
 */
const cases: [string, Record<string, unknown>][] = [
  ['C1', { kind: 'COMPLAINT', channel: 'MAIL', receivedOn: '2026-10-01', subject: 'Khiếu nại về bồi thường đất ở', category: 'LAND_HOUSING', administrativeUnitId: 'phuong-hoan-kiem' }],
  ['C2', { kind: 'COMPLAINT', channel: 'ONLINE', receivedOn: daysAgo(1), subject: 'Khiếu nại thu hồi giấy phép xây dựng', category: 'CONSTRUCTION_URBAN_ORDER', administrativeUnitId: 'phuong-hoan-kiem' }],
  ['C3', { kind: 'COMPLAINT', channel: 'MAIL', receivedOn: '2026-10-20', subject: 'Khiếu nại xử phạt vi phạm môi trường', category: 'ENVIRONMENT', administrativeUnitId: 'phuong-cua-nam' }],
  ['F1', { kind: 'FEEDBACK', channel: 'ONLINE', receivedOn: '2026-11-01', subject: 'Rác thải tồn đọng tại ngõ 34 phố Hàng Gà nhiều ngày không được thu gom', category: 'ENVIRONMENT', administrativeUnitId: 'phuong-cua-nam', petitioners: [{ fullName: 'Vũ Thị Lan', nationalId: '001185000042' }] }],
  ['F3', { kind: 'FEEDBACK', channel: 'ONLINE', receivedOn: '2026-11-06', subject: 'Rác thải tồn đọng tại ngõ 34 phố Hàng Gà nhiều ngày không được thu gom', category: 'ENVIRONMENT', administrativeUnitId: 'phuong-hoan-kiem' }],
  ['R1', { kind: 'RECOMMENDATION', channel: 'MAIL', receivedOn: '2026-09-15', subject: quotedSubject, category: 'TRANSPORT' }],
  ['D1', { kind: 'DENUNCIATION', channel: 'MAIL', receivedOn: '2026-11-10', subject: 'Tố cáo hành vi nhận hối lộ', category: 'OTHER', administrativeUnitId: 'phuong-hoan-kiem', petitioners: [{ fullName: 'Vũ Thị Lan', nationalId: '001185000042' }] }],
  ['E1', { kind: 'FEEDBACK', channel: 'SUPERVISION', receivedOn: '2026-08-01', subject: 'Ô nhiễm tiếng ồn (karaoke) [đêm]', category: 'ENVIRONMENT', administrativeUnitId: 'phuong-cua-nam' }],
  ['E2', { kind: 'RECOMMENDATION', channel: 'ONLINE', receivedOn: '2026-07-01', subject: 'Kiến nghị mở rộng trường tiểu học', category: 'EDUCATION' }],
];

describe('petitions: reading, dashboards, CSV, duplicates and merges', () => {
  let petitions: Petitions;
  const ids: Record<string, string> = {};
  const label = (id: string) => Object.entries(ids).find(([, value]) => value === id)?.[0] ?? id;
  // An administrator lists every case; an analyst would not see the denunciation (need-to-know: authorization-matrix.test.ts).
  const list = async (filter: object, extra = '', caller: Caller = admin) => {
    const result = await callSubgraph(petitions.url, `query($filter: PetitionFilter) { petitions(filter: $filter, first: 100${extra}) { totalCount edges { node { id } } } }`, { filter }, caller);
    expect(result.errors).toBeUndefined();
    return result.data!.petitions.edges.map((edge: any) => label(edge.node.id)).sort() as string[];
  };

  beforeAll(async () => {
    petitions = await startPetitions({ PETITIONS_CSV_MAX_ROWS: '8' });
    await petitions.seedDirectory();
    for (const [name, input] of cases) {
      const result = await callSubgraph(petitions.url, `mutation($input: SubmitPetitionInput!) { submitPetition(input: $input) { id } }`, { input }, admin);
      expect(result.errors).toBeUndefined();
      ids[name] = result.data!.submitPetition.id;
    }
    await callSubgraph(petitions.url, `mutation($id: ID!) { acceptPetition(id: $id) { id } }`, { id: ids.C3 }, admin);
  });
  afterAll(() => petitions.stop());

  it('filters by kind, status, agency, category, channel, unit, received dates, overdue and due date', async () => {
    expect(await list({ kind: 'COMPLAINT' })).toEqual(['C1', 'C2', 'C3']);
    expect(await list({ kind: 'COMPLAINT', status: 'RECEIVED' })).toEqual(['C1', 'C2']);
    expect(await list({ agencyId: 'ubnd-phuong-cua-nam' })).toEqual(['C3', 'E1', 'F1']);
    expect(await list({ category: 'ENVIRONMENT', channel: 'ONLINE' })).toEqual(['F1', 'F3']);
    expect(await list({ administrativeUnitId: 'phuong-hoan-kiem', kind: 'FEEDBACK' })).toEqual(['F3']);
    expect(await list({ receivedFrom: '2026-09-15', receivedTo: '2026-10-20' })).toEqual(['C1', 'C3', 'R1']);
    // C1 is past its acceptance day, D1 past its initial handling (7 working days: Thu 2026-11-19); C2 is not yet
    // due; C3 was accepted today (its resolution is due in 30 days).
    expect(await list({ overdue: true })).toEqual(['C1', 'D1']);
    expect(await list({ overdue: false, kind: 'COMPLAINT' })).toEqual(['C2', 'C3']);
    // C1: 10 days from Thu 2026-10-01 end on Sun 2026-10-11, moved to Mon 2026-10-12 (Civil Code art. 148).
    expect(await list({ dueBefore: '2026-10-12' })).toEqual([]);
    expect(await list({ dueBefore: '2026-10-13' })).toEqual(['C1']);
  });

  it('searches accent-insensitively and treats regular-expression characters literally', async () => {
    expect(await list({ text: 'hang ga' })).toEqual(['F1', 'F3']);
    expect(await list({ text: 'HÀNG GÀ thu gom' })).toEqual(['F1', 'F3']);
    expect(await list({ text: 'khẩn' })).toEqual(['R1']);
    expect(await list({ text: '(karaoke) [dem]' })).toEqual(['E1']);
    expect(await list({ text: '.*' })).toEqual([]);
    expect(await list({ text: 'ngõ 34', administrativeUnitId: 'phuong-cua-nam' })).toEqual(['F1']);
  });

  it('pages with cursors newest first, and by due date with undated cases last', async () => {
    const page = async (orderBy: string, after: string | null) =>
      (await callSubgraph(petitions.url, `query($after: String) { petitions(orderBy: ${orderBy}, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id receivedOn due { on } } } } }`, { after }, admin)).data!.petitions;
    for (const orderBy of ['RECEIVED_DESC', 'DUE_ASC']) {
      const seen: any[] = [];
      let after: string | null = null;
      for (;;) {
        const current: any = await page(orderBy, after);
        seen.push(...current.edges.map((edge: any) => edge.node));
        if (!current.pageInfo.hasNextPage) break;
        after = current.pageInfo.endCursor;
      }
      expect(seen.map((node) => node.id).sort()).toEqual(Object.values(ids).sort());
      if (orderBy === 'RECEIVED_DESC') {
        const received = seen.map((node) => node.receivedOn);
        expect(received).toEqual([...received].sort().reverse());
      } else {
        const dated = seen.filter((node) => node.due.on);
        expect(seen.slice(0, dated.length).map((node) => label(node.id))).toEqual(['C1', 'D1', 'C2', 'C3']);
        expect(seen.slice(dated.length).every((node) => node.due.on === null)).toBe(true);
      }
    }
  });

  it('counts by status, agency and category for dashboards', async () => {
    const result = await callSubgraph(
      petitions.url,
      `query($filter: PetitionFilter) { petitionCounts(filter: $filter) { total byStatus { key count } byAgency { key agency { id } count } byCategory { key count } } }`,
      { filter: { kind: 'COMPLAINT' } },
      analyst,
    );
    expect(result.data!.petitionCounts).toEqual({
      total: 3,
      byStatus: [{ key: 'RECEIVED', count: 2 }, { key: 'ACCEPTED', count: 1 }],
      byAgency: [
        { key: 'ubnd-phuong-hoan-kiem', agency: { id: 'ubnd-phuong-hoan-kiem' }, count: 2 },
        { key: 'ubnd-phuong-cua-nam', agency: { id: 'ubnd-phuong-cua-nam' }, count: 1 },
      ],
      byCategory: [{ key: 'CONSTRUCTION_URBAN_ORDER', count: 1 }, { key: 'ENVIRONMENT', count: 1 }, { key: 'LAND_HOUSING', count: 1 }],
    });
    const all = await callSubgraph(petitions.url, `{ petitionCounts { total byStatus { count } } }`, {}, analyst);
    expect(all.data!.petitionCounts.total).toBe(cases.length);
  });

  it('counts only the dimensions a dashboard asks for: one aggregation each, the total from one of them', async () => {
    const commands = async (selection: string) => {
      const before = await petitions.settledCommandCount();
      const result = await callSubgraph(petitions.url, `{ petitionCounts { ${selection} } }`, {}, analyst);
      expect(result.errors).toBeUndefined();
      return { used: petitions.app.runtime.database.commandCount() - before, counts: result.data!.petitionCounts };
    };
    const total = await commands('total');
    expect(total).toEqual({ used: 1, counts: { total: cases.length } });
    const status = await commands('total byStatus { key count }');
    expect(status.used).toBe(1);
    expect(status.counts.byStatus.reduce((sum: number, bucket: { count: number }) => sum + bucket.count, 0)).toBe(cases.length);
    const two = await commands('byCategory { count } total byAgency { count }');
    expect(two.used).toBe(2);
    expect(two.counts.total).toBe(cases.length);
  });

  it('exports CSV with RFC 4180 quoting, refusing a filter that matches more rows than the cap', async () => {
    const tooMany = await callSubgraph(petitions.url, `{ petitionsCsv }`, {}, admin);
    expect(tooMany.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter', matched: cases.length, max: 8 });
    const csv = await callSubgraph(petitions.url, `{ petitionsCsv(filter: { kind: RECOMMENDATION }) }`, {}, { ...cnHandler, roles: ['leader'] });
    const text: string = csv.data!.petitionsCsv;
    expect(text.endsWith('\r\n')).toBe(true);
    const records = text.split('\r\n');
    expect(records[0]).toBe('id,kind,channel,status,category,subject,receivedOn,administrativeUnitId,agencyId,cooperatingAgencyIds,dueOn,dueRule,overdue,declineReason,resolutionKind,resolvedOn,closedOn,cosignerCount,mergedInto');
    // Newest first; the subject with quotes, a comma and a line break is quoted, its quotes doubled.
    expect(records[1]).toBe(`${ids.R1},RECOMMENDATION,MAIL,RECEIVED,TRANSPORT,"Kiến nghị ""khẩn"", lắp đèn\ntại nút giao",2026-09-15,,so-xay-dung,,,No statutory deadline at intake,false,,,,,0,`);
    expect(records[2]).toBe(`${ids.E2},RECOMMENDATION,ONLINE,RECEIVED,EDUCATION,Kiến nghị mở rộng trường tiểu học,2026-07-01,,so-giao-duc-va-dao-tao,,,No statutory deadline at intake,false,,,,,0,`);
    expect(records).toHaveLength(4);
  });

  describe('duplicates', () => {
    let f2: string;
    const candidates = async (id: string, caller: Caller) =>
      callSubgraph(petitions.url, `query($id: ID!) { duplicateCandidates(id: $id) { petition { id } score reasons } }`, { id }, caller);

    it('are suggested at intake (same petitioner, similar text in the same unit and category), never merged automatically', async () => {
      const input = {
        kind: 'FEEDBACK',
        channel: 'CITIZEN_RECEPTION',
        receivedOn: '2026-11-05',
        subject: 'Rac thai ton dong o ngo 34 pho Hang Ga, nhieu ngay khong thu gom',
        category: 'ENVIRONMENT',
        administrativeUnitId: 'phuong-cua-nam',
        petitioners: [{ fullName: 'Vũ T. Lan', nationalId: '0011 8500 0042' }, { fullName: 'Ngô Văn Tâm', phone: '+84 91 222 3344' }],
      };
      const submitted = await callSubgraph(
        petitions.url,
        `mutation($input: SubmitPetitionInput!) { submitPetition(input: $input) { id status duplicateCandidates { petition { id status } score reasons } } }`,
        { input },
        cnClerk,
      );
      expect(submitted.errors).toBeUndefined();
      f2 = submitted.data!.submitPetition.id;
      expect(submitted.data!.submitPetition.duplicateCandidates).toEqual([{ petition: { id: ids.F1, status: 'RECEIVED' }, score: 1, reasons: ['SAME_PETITIONER', 'SIMILAR_TEXT'] }]);
      expect(submitted.data!.submitPetition.status).toBe('RECEIVED');

      // By text alone (no petitioner in common): a similar subject in the same unit and category; not another matter.
      const e3 = await callSubgraph(
        petitions.url,
        `mutation($input: SubmitPetitionInput!) { submitPetition(input: $input) { id duplicateCandidates { petition { id } score reasons } } }`,
        { input: { ...input, subject: 'Rác thải tồn đọng ở ngõ 34 phố Hàng Gà đã nhiều ngày', petitioners: [] } },
        cnClerk,
      );
      ids.E3 = e3.data!.submitPetition.id;
      const byText = e3.data!.submitPetition.duplicateCandidates;
      expect(byText.map((c: any) => c.reasons)).toEqual([['SIMILAR_TEXT'], ['SIMILAR_TEXT']]);
      expect(byText.map((c: any) => c.petition.id).sort()).toEqual([ids.F1, f2].sort());
      expect(byText.every((c: any) => c.score >= 0.5 && c.score < 1)).toBe(true);
      expect((await candidates(ids.E1, cnHandler)).data!.duplicateCandidates).toEqual([]);
      const f1 = await candidates(ids.F1, cnHandler);
      expect(f1.data!.duplicateCandidates.map((c: any) => [c.petition.id === f2 ? 'F2' : label(c.petition.id), c.reasons])).toEqual([
        ['F2', ['SAME_PETITIONER', 'SIMILAR_TEXT']],
        ['E3', ['SIMILAR_TEXT']],
      ]);
      // The denunciation with the same person at another agency is never linked, either way.
      const d1 = await candidates(ids.D1, hkHandler);
      expect(d1.data!.duplicateCandidates.map((c: any) => label(c.petition.id))).toEqual([]);
      const f3 = await candidates(ids.F3, hkHandler);
      expect(f3.data!.duplicateCandidates).toEqual([]);
      expect((await candidates(ids.F1, analyst)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    });

    it('merge by hand: duplicates declined as DUPLICATE and linked, distinct co-signers counted on the target', async () => {
      const reader = await collectEvents(petitions.config.KAFKA_BROKERS, petitions.app.runtime.topic('petitions'));
      try {
        const merge = `mutation($input: MergePetitionsInput!) { mergePetitions(input: $input) { id cosignerCount petitionerCount mergedCases { id status declineReason { code note } mergedInto { id } } history { action caseIds } } }`;
        const foreign = await callSubgraph(petitions.url, merge, { input: { targetId: ids.F1, duplicateIds: [ids.D1], reason: 'Trùng' } }, cnHandler);
        expect(foreign.errors![0]!.extensions!.code).toBe('FORBIDDEN');
        const itself = await callSubgraph(petitions.url, merge, { input: { targetId: ids.F1, duplicateIds: [ids.F1], reason: 'Trùng' } }, cnHandler);
        expect(itself.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.duplicateIds.0' });
        const merged = await callSubgraph(petitions.url, merge, { input: { targetId: ids.F1, duplicateIds: [f2], reason: 'Cùng nội dung, cùng người phản ánh' } }, cnHandler);
        expect(merged.errors).toBeUndefined();
        expect(merged.data!.mergePetitions).toMatchObject({
          id: ids.F1,
          petitionerCount: 1,
          // Vũ Thị Lan signed both (matched by national id), Ngô Văn Tâm only the duplicate: two people.
          cosignerCount: 2,
          mergedCases: [{ id: f2, status: 'DECLINED', declineReason: { code: 'DUPLICATE', note: 'Cùng nội dung, cùng người phản ánh' }, mergedInto: { id: ids.F1 } }],
        });
        expect(merged.data!.mergePetitions.history.at(-1)).toEqual({ action: 'MERGED', caseIds: [f2] });
        const again = await callSubgraph(petitions.url, merge, { input: { targetId: ids.F1, duplicateIds: [f2], reason: 'x' } }, cnHandler);
        expect(again.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.duplicateIds.0' });
        const intoMerged = await callSubgraph(petitions.url, merge, { input: { targetId: f2, duplicateIds: [ids.E1], reason: 'x' } }, cnHandler);
        expect(intoMerged.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.targetId' });
        const types = await eventually(async () => {
          const found = reader.events.filter((event) => event.subject === ids.F1 || event.subject === f2).map((event) => `${event.subject === f2 ? 'F2' : 'F1'}:${event.type.split('.')[4]}`);
          return found.includes('F1:merged') && found.includes('F2:declined') && found;
        });
        expect(types.filter((type) => !type.endsWith('routed'))).toEqual(['F2:declined', 'F1:merged']);
        // The merged duplicate is no longer suggested.
        expect((await callSubgraph(petitions.url, `query($id: ID!) { duplicateCandidates(id: $id) { petition { id } } }`, { id: ids.F1 }, cnHandler)).data!.duplicateCandidates).toEqual([{ petition: { id: ids.E3 } }]);
      } finally {
        await reader.stop();
      }
    });
  });

  it('resolves many cases and their links with one query per level', async () => {
    const representations = ['C1', 'C2', 'C3', 'F1', 'R1'].map((name) => ({ __typename: 'Petition', id: ids[name] }));
    const before = await petitions.settledCommandCount();
    const result = await callSubgraph(
      petitions.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Petition { id subject agency { id } mergedCases { id } } } }`,
      { r: representations },
      analyst,
    );
    expect(result.data!._entities.map((entity: any) => label(entity.id))).toEqual(['C1', 'C2', 'C3', 'F1', 'R1']);
    // One find for the five cases, one for the merged cases of all of them.
    expect(petitions.app.runtime.database.commandCount() - before).toBe(2);
  });
});
