import { councilEvents } from '@hanoi/contracts';
import type { CloudEvent } from '@hanoi/platform';
import { callSubgraph, callers, eventually } from '@hanoi/platform/testing';
import { randomUUID } from 'node:crypto';
import { voterOpinionReportIdOf } from '../src/domain/voter-opinion-report';
import { sessionReportsGroupId } from '../src/events/consumers';
import { collectFrontEvents, frontWrite, startFront, type Front } from './support';

const day = (value: string) => new Date(`${value}T00:00:00Z`);

/** `councilSession.scheduled` as council publishes it (the session id is the subject). */
const scheduled = (councilSessionId: string, kind: 'REGULAR' | 'THEMATIC' = 'REGULAR') =>
  councilEvents.sessionScheduled.event(councilSessionId, {
    councilSessionId,
    term: '2021-2026',
    number: 22,
    kind,
    opensOn: day('2026-12-08'),
    closesOn: day('2026-12-10'),
    documentDueOn: day('2026-11-23'),
  });

const submit = `mutation($input: SubmitVoterOpinionReportInput!) {
  submitVoterOpinionReport(input: $input) { id status dueOn summary submittedOn recommendationCount councilSession { id } }
}`;
const sessions = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on CouncilSession { id voterOpinionReport { id status dueOn summary submittedOn recommendationCount } }
} }`;
const summary = 'Tổng hợp 214 ý kiến, kiến nghị của cử tri trước kỳ họp thứ 22.';

describe('front subgraph: voter opinion reports', () => {
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

  const publish = (event: CloudEvent) => front.app.runtime.bus.publish(front.app.runtime.topic('council'), [event]);
  const reportOf = async (sessionId: string) =>
    (await callSubgraph(front.url, sessions, { representations: [{ __typename: 'CouncilSession', id: sessionId }] })).data!._entities[0].voterOpinionReport;
  const processed = (event: CloudEvent) =>
    front.app.runtime.database.connection
      .collection('processed_events')
      .findOne({ _id: `${sessionReportsGroupId(front.config.KAFKA_TOPIC_PREFIX)}:${event.id}` as never });
  /** The front's obligation events about one session's report (F4), in the order published. */
  const obligationOf = (sessionId: string) =>
    events.events
      .filter((e) => e.type.startsWith('vn.hanoi.front.obligation.') && (e.data as { obligationId: string }).obligationId === `voterOpinionReport:${sessionId}`)
      .map((e) => ({ verb: e.type.split('.')[4], subject: e.subject, data: e.data }));

  it('owes a regular session its report once scheduled (DUE, by the document deadline), and meets it when submitted', async () => {
    const sessionId = randomUUID();
    const event = scheduled(sessionId);
    await publish(event);
    await publish(event); // delivered twice
    const due = await eventually(() => reportOf(sessionId));
    const reportId = voterOpinionReportIdOf(sessionId);
    expect(due).toEqual({ id: reportId, status: 'DUE', dueOn: '2026-11-23', summary: null, submittedOn: null, recommendationCount: null });
    const [opened] = await eventually(async () => (obligationOf(sessionId).length > 0 ? obligationOf(sessionId) : null));
    expect(opened).toEqual({
      verb: 'opened',
      subject: reportId,
      data: {
        obligationId: `voterOpinionReport:${sessionId}`,
        kind: 'VOTER_OPINION_REPORT',
        agencyId: 'front',
        dueOn: '2026-11-23',
        subject: { type: 'VoterOpinionReport', id: reportId },
        content: 'COUNCIL_SESSIONS',
        basis: expect.stringContaining('khai mạc 08/12/2026'),
        councilSessionId: sessionId,
        title: 'Báo cáo tổng hợp ý kiến, kiến nghị cử tri — kỳ họp thứ 22',
      },
    });

    const submitted = (await frontWrite(front.url, submit, { input: { councilSessionId: sessionId, summary, submittedOn: '2026-11-25', recommendationCount: 214 } }))
      .submitVoterOpinionReport;
    expect(submitted).toEqual({
      id: reportId,
      status: 'SUBMITTED',
      dueOn: '2026-11-23',
      summary,
      submittedOn: '2026-11-25',
      recommendationCount: 214,
      councilSession: { id: sessionId },
    });
    const all = await eventually(async () => (obligationOf(sessionId).length === 2 ? obligationOf(sessionId) : null));
    expect(all[1]).toEqual({ verb: 'met', subject: reportId, data: { obligationId: `voterOpinionReport:${sessionId}`, metOn: '2026-11-25' } });
    const published = await eventually(async () => events.events.find((e) => e.type === 'vn.hanoi.front.voterOpinionReport.submitted.v1' && e.subject === reportId));
    expect(published.data).toEqual({ voterOpinionReportId: reportId, councilSessionId: sessionId, submittedOn: '2026-11-25', recommendationCount: 214 });
    expect(await front.app.runtime.database.connection.collection('voter_opinion_reports').countDocuments({ councilSessionId: sessionId })).toBe(1);
  });

  it('owes a thematic session nothing', async () => {
    const sessionId = randomUUID();
    const event = scheduled(sessionId, 'THEMATIC');
    await publish(event);
    expect(await eventually(() => processed(event))).toMatchObject({ outcome: 'handled' });
    expect(await reportOf(sessionId)).toBeNull();
  });

  it('records a report for a session the front was not told of without an obligation, and keeps it when the schedule comes late', async () => {
    const sessionId = randomUUID();
    const report = (await frontWrite(front.url, submit, { input: { councilSessionId: sessionId, summary, submittedOn: '2026-11-20', recommendationCount: 12 } }))
      .submitVoterOpinionReport;
    expect(report).toMatchObject({ status: 'SUBMITTED', dueOn: null, submittedOn: '2026-11-20' });
    const late = scheduled(sessionId);
    await publish(late);
    await eventually(() => processed(late));
    await front.app.runtime.outbox.drain();
    expect(await reportOf(sessionId)).toMatchObject({ id: report.id, status: 'SUBMITTED', dueOn: null, recommendationCount: 12 });
    expect(obligationOf(sessionId)).toEqual([]);
  });

  it('shows each session its report, and none for a session without one', async () => {
    const input = { councilSessionId: 'session-2026-12', summary, submittedOn: '2026-11-25', recommendationCount: 214 };
    const report = (await frontWrite(front.url, submit, { input })).submitVoterOpinionReport;
    const result = await callSubgraph(front.url, sessions, {
      representations: [{ __typename: 'CouncilSession', id: 'session-2026-12' }, { __typename: 'CouncilSession', id: 'session-without-report' }],
    });
    expect(result.data!._entities).toEqual([
      { id: 'session-2026-12', voterOpinionReport: { id: report.id, status: 'SUBMITTED', dueOn: null, summary, submittedOn: '2026-11-25', recommendationCount: 214 } },
      { id: 'session-without-report', voterOpinionReport: null },
    ]);
  });

  it('accepts one report per session: a second is a CONFLICT and the first stays', async () => {
    const second = await callSubgraph(
      front.url,
      submit,
      { input: { councilSessionId: 'session-2026-12', summary: 'Bản thứ hai', submittedOn: '2026-11-26', recommendationCount: 3 } },
      callers.frontClerk,
    );
    expect(second.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.councilSessionId' });
    expect(await reportOf('session-2026-12')).toMatchObject({ summary, recommendationCount: 214 });
    expect(await front.app.runtime.database.connection.collection('voter_opinion_reports').countDocuments({ councilSessionId: 'session-2026-12' })).toBe(1);
  });

  it('keeps a report stored before reports could be due (no status) as SUBMITTED, and refuses another for its session', async () => {
    await front.app.runtime.database.connection.collection('voter_opinion_reports').insertOne({
      _id: 'legacy-report-1' as never,
      councilSessionId: 'session-2025-12',
      summary: 'Tổng hợp ý kiến cử tri trước kỳ họp cuối năm 2025.',
      submittedOn: new Date('2025-11-28T00:00:00Z'),
      recommendationCount: 150,
      submittedBy: 'importer',
    });
    expect(await reportOf('session-2025-12')).toMatchObject({ id: 'legacy-report-1', status: 'SUBMITTED', dueOn: null, recommendationCount: 150 });
    const again = await callSubgraph(
      front.url,
      submit,
      { input: { councilSessionId: 'session-2025-12', summary, submittedOn: '2026-11-26', recommendationCount: 3 } },
      callers.frontClerk,
    );
    expect(again.errors![0]!.extensions!.code).toBe('CONFLICT');
  });

  it('refuses a report dated in the future, and lets only front staff submit it', async () => {
    const future = await callSubgraph(front.url, submit, { input: { councilSessionId: 'session-2027-07', summary, submittedOn: '2099-01-01', recommendationCount: 1 } }, callers.frontClerk);
    expect(future.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.submittedOn' });
    const forbidden = await callSubgraph(front.url, submit, { input: { councilSessionId: 'session-2027-07', summary, submittedOn: '2026-11-25', recommendationCount: 1 } }, callers.councilClerk);
    expect(forbidden.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(await reportOf('session-2027-07')).toBeNull();
  });
});
