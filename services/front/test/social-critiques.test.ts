import { callSubgraph, callers, eventually } from '@hanoi/platform/testing';
import { collectFrontEvents, dayFromToday, frontWrite, startFront, type Front } from './support';

const create = `mutation($input: CreateSocialCritiqueInput!) { createSocialCritique(input: $input) { id status late overdue reportedOn report } }`;
const submit = `mutation($id: ID!, $input: SubmitSocialCritiqueReportInput!) {
  submitSocialCritiqueReport(id: $id, input: $input) { id status report reportedOn late overdue deadline }
}`;
const read = `query($id: ID!) { socialCritique(id: $id) { id status report reportedOn late } }`;
const listIds = async (url: string, filter: string) =>
  ((await callSubgraph(url, `{ socialCritiques(filter: ${filter}, first: 100) { totalCount edges { node { id } } } }`)).data!.socialCritiques.edges as {
    node: { id: string };
  }[]).map((edge) => edge.node.id);

const draft = (deadline: string) => ({
  targetDocument: 'Dự thảo Nghị quyết về phát triển hệ thống giao thông công cộng',
  draftingAgencyId: 'so-xay-dung',
  deadline,
});
const report = 'Ủy ban MTTQ thành phố đề nghị bổ sung đánh giá tác động đối với người dân khu vực ngoại thành.';

describe('front subgraph: social critique (phản biện xã hội)', () => {
  let front: Front;
  let events: Awaited<ReturnType<typeof collectFrontEvents>>;
  beforeAll(async () => {
    front = await startFront();
    events = await collectFrontEvents(front);
  });
  afterAll(async () => {
    await events.stop();
    await front.stop();
  });

  it('reports an open critique on time (OPEN → REPORTED) and publishes socialCritique.reported', async () => {
    const created = (await frontWrite(front.url, create, { input: draft(dayFromToday(5)) })).createSocialCritique;
    expect(created).toMatchObject({ status: 'OPEN', late: false, overdue: false, reportedOn: null, report: null });
    const result = await callSubgraph(front.url, submit, { id: created.id, input: { report, reportedOn: dayFromToday(0) } }, callers.frontClerk);
    expect(result.errors).toBeUndefined();
    expect(result.data!.submitSocialCritiqueReport).toEqual({
      id: created.id,
      status: 'REPORTED',
      report,
      reportedOn: dayFromToday(0),
      late: false,
      overdue: false,
      deadline: dayFromToday(5),
    });
    const event = await eventually(async () => events.events.find((e) => e.subject === created.id && e.type === 'vn.hanoi.front.socialCritique.reported.v1'));
    expect(event.data).toEqual({
      socialCritiqueId: created.id,
      targetDocument: draft('').targetDocument,
      draftingAgencyId: 'so-xay-dung',
      deadline: dayFromToday(5),
      reportedOn: dayFromToday(0),
      late: false,
    });
  });

  it('owes the organising front committee\'s report by the deadline (SOCIAL_CRITIQUE_REPORT), met on the report day', async () => {
    const created = (await frontWrite(front.url, create, { input: draft(dayFromToday(9)) })).createSocialCritique;
    const obligationOf = () =>
      events.events
        .filter((e) => e.type.startsWith('vn.hanoi.front.obligation.') && (e.data as { obligationId: string }).obligationId === `socialCritique:${created.id}:report`)
        .map((e) => ({ verb: e.type.split('.')[4], subject: e.subject, data: e.data }));
    const [opened] = await eventually(async () => (obligationOf().length === 1 ? obligationOf() : null));
    expect(opened).toEqual({
      verb: 'opened',
      subject: created.id,
      data: {
        obligationId: `socialCritique:${created.id}:report`,
        kind: 'SOCIAL_CRITIQUE_REPORT',
        agencyId: 'front',
        dueOn: dayFromToday(9),
        subject: { type: 'SocialCritique', id: created.id },
        content: 'LAWS_AND_CRITIQUE',
        basis: expect.stringContaining('phản biện xã hội'),
        councilSessionId: null,
        title: draft('').targetDocument,
      },
    });
    const announced = events.events.find((e) => e.subject === created.id && e.type === 'vn.hanoi.front.socialCritique.created.v1');
    expect(announced?.data).toEqual({
      socialCritiqueId: created.id,
      targetDocument: draft('').targetDocument,
      draftingAgencyId: 'so-xay-dung',
      deadline: dayFromToday(9),
      organiserAgencyId: 'front',
      level: 'CITY',
      jurisdictionUnitId: null,
    });
    const organiser = await callSubgraph(front.url, `query($id: ID!) { socialCritique(id: $id) { organiser { id } } }`, { id: created.id });
    expect(organiser.data!.socialCritique.organiser).toEqual({ id: 'front' });

    await frontWrite(front.url, submit, { id: created.id, input: { report, reportedOn: dayFromToday(-1) } });
    const all = await eventually(async () => (obligationOf().length === 2 ? obligationOf() : null));
    expect(all[1]).toEqual({ verb: 'met', subject: created.id, data: { obligationId: `socialCritique:${created.id}:report`, metOn: dayFromToday(-1) } });
  });

  it('marks a report after the deadline late, and an open critique past its deadline overdue', async () => {
    const overdue = (await frontWrite(front.url, create, { input: draft('2026-10-01') })).createSocialCritique;
    expect(overdue).toMatchObject({ status: 'OPEN', overdue: true, late: false });
    const reported = (await frontWrite(front.url, submit, { id: overdue.id, input: { report, reportedOn: '2026-10-02' } })).submitSocialCritiqueReport;
    expect(reported).toMatchObject({ status: 'REPORTED', late: true, overdue: false, reportedOn: '2026-10-02' });
    const onTheDay = (await frontWrite(front.url, create, { input: draft('2026-10-01') })).createSocialCritique;
    const sameDay = (await frontWrite(front.url, submit, { id: onTheDay.id, input: { report, reportedOn: '2026-10-01' } })).submitSocialCritiqueReport;
    expect(sameDay.late).toBe(false);
  });

  it('refuses a second report (CONFLICT) and keeps the first', async () => {
    const created = (await frontWrite(front.url, create, { input: draft(dayFromToday(3)) })).createSocialCritique;
    await frontWrite(front.url, submit, { id: created.id, input: { report, reportedOn: dayFromToday(-1) } });
    const again = await callSubgraph(front.url, submit, { id: created.id, input: { report: 'Bản khác', reportedOn: dayFromToday(0) } }, callers.frontClerk);
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
    const stored = await callSubgraph(front.url, read, { id: created.id });
    expect(stored.data!.socialCritique).toMatchObject({ report, reportedOn: dayFromToday(-1) });
  });

  it('refuses a report dated in the future or empty, and an unknown critique, writing nothing', async () => {
    const created = (await frontWrite(front.url, create, { input: draft(dayFromToday(3)) })).createSocialCritique;
    const future = await callSubgraph(front.url, submit, { id: created.id, input: { report, reportedOn: dayFromToday(1) } }, callers.frontClerk);
    expect(future.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reportedOn' });
    const empty = await callSubgraph(front.url, submit, { id: created.id, input: { report: '  ', reportedOn: dayFromToday(0) } }, callers.frontClerk);
    expect(empty.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.report' });
    const stored = await callSubgraph(front.url, read, { id: created.id });
    expect(stored.data!.socialCritique).toEqual({ id: created.id, status: 'OPEN', report: null, reportedOn: null, late: false });
    const missing = await callSubgraph(front.url, submit, { id: 'no-such-critique', input: { report, reportedOn: dayFromToday(0) } }, callers.frontClerk);
    expect(missing.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('lets only front staff submit the report', async () => {
    const created = (await frontWrite(front.url, create, { input: draft(dayFromToday(3)) })).createSocialCritique;
    const result = await callSubgraph(front.url, submit, { id: created.id, input: { report, reportedOn: dayFromToday(0) } }, callers.committeeClerk);
    expect(result.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await callSubgraph(front.url, read, { id: created.id })).data!.socialCritique.status).toBe('OPEN');
  });

  it('filters the list by status and drafting agency', async () => {
    const open = await listIds(front.url, '{status: OPEN}');
    const reported = await listIds(front.url, '{status: REPORTED}');
    const all = await listIds(front.url, '{}');
    expect(open.length).toBeGreaterThan(0);
    expect(reported.length).toBeGreaterThan(0);
    expect(open.filter((id) => reported.includes(id))).toEqual([]);
    expect([...open, ...reported].sort()).toEqual([...all].sort());
    for (const id of open) expect((await callSubgraph(front.url, read, { id })).data!.socialCritique.status).toBe('OPEN');
    expect(await listIds(front.url, '{draftingAgencyId: "so-tu-phap"}')).toEqual([]);
    expect((await listIds(front.url, '{draftingAgencyId: "so-xay-dung"}')).length).toBe(all.length);
  });
});
