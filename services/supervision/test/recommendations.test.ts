import { committeeEvents, supervisionEvents } from '@hanoi/contracts';
import { parseCalendarDate, type Caller, type CloudEvent } from '@hanoi/platform';
import { eventually } from '@hanoi/platform/testing';
import {
  addRecommendation,
  collectSupervisionEvents,
  createProgramme,
  daysFromToday,
  failure,
  ok,
  programmeIn,
  programmeInput,
  recommendationOf,
  reportImplementation,
  staff,
  startProgramme,
  startPublisher,
  startSupervision,
  type Publisher,
  type Supervision,
} from './support';

const recordFinding = `mutation($programmeId: ID!, $input: RecordReSupervisionFindingInput!) {
  recordReSupervisionFinding(programmeId: $programmeId, input: $input) {
    id status dueOn resolved closed closedOn overdue
    rounds { round dueOn implementedOn supersededOn }
    findings { reSupervision { id } finding assessedStatus outcome newDueOn recordedOn }
  }
}`;
const recommendationQuery = `query($id: ID!) {
  supervisionRecommendation(id: $id) {
    id status dueOn resolved closed overdue implementationReport reportedOn
    reports { status text reportedOn evidence { title reference } assignment { id } }
    rounds { round dueOn implementedOn supersededOn }
  }
}`;
const day = parseCalendarDate;
const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
const obligationId = (recommendationId: string, round: number) => `supervisionRecommendation:${recommendationId}:${round}`;

describe('supervision subgraph: post-supervision recommendations', () => {
  let sv: Supervision;
  let publisher: Publisher;
  let events: Awaited<ReturnType<typeof collectSupervisionEvents>>;
  let programmeId: string;
  const add = (addressedToAgencyId: string, dueOn: string) => recommendationOf(sv.url, programmeId, addressedToAgencyId, dueOn);
  const read = async (id: string) => (await ok(sv.url, recommendationQuery, { id })).supervisionRecommendation;
  /** Events supervision published about `subject` of `type` (each once), once there are `count` of them. */
  const published = (type: string, count: number, about: (event: CloudEvent) => boolean) =>
    eventually(async () => {
      const found = events.events.filter((event) => event.type === type && about(event));
      return found.length >= count && found;
    });
  const ofObligation = (id: string) => (event: CloudEvent) => event.data.obligationId === id;
  const ofRecommendation = (id: string) => (event: CloudEvent) => event.data.recommendationId === id;
  /** The database commands sent since `from`, once nothing runs in the background any more. */
  async function quietCommandCount() {
    for (;;) {
      const count = await sv.settledCommandCount();
      await new Promise((resolve) => setTimeout(resolve, 750));
      if (sv.app.runtime.database.commandCount() === count) return count;
    }
  }

  beforeAll(async () => {
    sv = await startSupervision();
    publisher = await startPublisher(sv);
    events = await collectSupervisionEvents(sv);
    programmeId = await programmeIn(sv.url, 'IN_PROGRESS');
  });
  afterAll(async () => {
    await events.stop();
    await publisher.stop();
    await sv.stop();
  });

  it('issues a recommendation with its first obligation, owed by the addressed agency', async () => {
    const { addSupervisionRecommendation: created } = await ok(
      sv.url,
      addRecommendation,
      { input: { programmeId, addressedToAgencyId: 'so-xay-dung', text: 'Xử lý dứt điểm 46 công trình vi phạm', dueOn: '2027-06-30' } },
      staff.councilClerk,
    );
    expect(created).toMatchObject({ status: 'ISSUED', resolved: false, closed: false, overdue: false, dueOn: '2027-06-30', addressedTo: { id: 'so-xay-dung' }, programme: { id: programmeId } });

    const [issued] = await published(supervisionEvents.recommendationIssued.type, 1, ofRecommendation(created.id));
    expect(supervisionEvents.recommendationIssued.parse(issued!)).toEqual({
      recommendationId: created.id,
      programmeId,
      leadAgencyId: 'council',
      addressedToAgencyId: 'so-xay-dung',
      dueOn: day('2027-06-30'),
      round: 1,
      text: 'Xử lý dứt điểm 46 công trình vi phạm',
      // The city council's programme: the city's level, no commune.
      level: 'CITY',
      jurisdictionUnitId: null,
    });
    const [opened] = await published(supervisionEvents.obligation.opened.type, 1, ofObligation(obligationId(created.id, 1)));
    expect(supervisionEvents.obligation.opened.parse(opened!)).toMatchObject({
      kind: 'SUPERVISION_RECOMMENDATION',
      agencyId: 'so-xay-dung',
      dueOn: day('2027-06-30'),
      subject: { type: 'SupervisionRecommendation', id: created.id },
      content: 'SUPERVISION',
    });
    expect(opened!.subject).toBe(created.id);
  });

  it('refuses a recommendation of a missing or only planned programme, or from another body', async () => {
    const input = { programmeId: 'missing', addressedToAgencyId: 'so-xay-dung', text: 'x', dueOn: '2027-01-01' };
    expect(await failure(sv.url, addRecommendation, { input }, staff.councilClerk)).toMatchObject({ code: 'NOT_FOUND', field: 'input.programmeId' });
    const planned = await programmeIn(sv.url, 'PLANNED');
    expect(await failure(sv.url, addRecommendation, { input: { ...input, programmeId: planned } }, staff.councilClerk)).toMatchObject({
      code: 'CONFLICT',
      field: 'input.programmeId',
    });
    expect((await failure(sv.url, addRecommendation, { input: { ...input, programmeId } }, staff.frontClerk)).code).toBe('FORBIDDEN');
    expect((await failure(sv.url, addRecommendation, { input: { ...input, programmeId } }, staff.committeeClerk)).code).toBe('FORBIDDEN');
    const blank = await failure(sv.url, addRecommendation, { input: { ...input, programmeId, text: ' ' } }, staff.councilClerk);
    expect(blank).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.text' });
    const listed = await ok(sv.url, `query($p: ID) { supervisionRecommendations(filter: {programmeId: $p}) { totalCount } }`, { p: planned });
    expect(listed.supervisionRecommendations.totalCount).toBe(0);
  });

  it('follows ISSUED → IN_PROGRESS → IMPLEMENTED through several reports with evidence', async () => {
    const id = await add('so-xay-dung', daysFromToday(30));
    const report = (input: Record<string, unknown>, caller: Caller = staff.constructionHandler) => ok(sv.url, reportImplementation, { id, input }, caller);
    const refused = (input: Record<string, unknown>, caller: Caller = staff.constructionHandler) => failure(sv.url, reportImplementation, { id, input }, caller);
    const base = { status: 'IN_PROGRESS', report: 'Đã rà soát 46 công trình, đang lập hồ sơ xử lý', reportedOn: daysFromToday(-5) };

    expect((await refused(base, staff.financeClerk)).code).toBe('FORBIDDEN');
    expect((await refused(base, staff.constructionViewer)).code).toBe('FORBIDDEN');
    expect(await refused({ ...base, status: 'ISSUED' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.status' });
    expect(await refused({ ...base, reportedOn: daysFromToday(1) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reportedOn' });

    const evidence = [{ title: 'Báo cáo số 412/BC-SXD', reference: 'https://soxaydung.hanoi.gov.vn/van-ban/412-bc-sxd' }];
    const first = (await report({ ...base, evidence })).reportRecommendationImplementation;
    expect(first).toMatchObject({ status: 'IN_PROGRESS', resolved: false, overdue: false, implementationReport: base.report, reportedOn: base.reportedOn });
    expect(first.reports).toEqual([{ status: 'IN_PROGRESS', text: base.report, reportedOn: base.reportedOn, evidence, assignment: null }]);

    const earlier = await refused({ ...base, reportedOn: daysFromToday(-6) });
    expect(earlier).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reportedOn' });

    const done = { status: 'IMPLEMENTED', report: 'Đã xử lý dứt điểm 46/46 công trình', reportedOn: daysFromToday(-2) };
    const moreEvidence = [...evidence, { title: 'Quyết định cưỡng chế số 88/QĐ-UBND', reference: 'QĐ 88/QĐ-UBND ngày 20/11/2026' }];
    const second = (await report({ ...done, evidence: moreEvidence }, staff.councilLeader)).reportRecommendationImplementation;
    expect(second).toMatchObject({ status: 'IMPLEMENTED', resolved: true, overdue: false, implementationReport: done.report, reportedOn: done.reportedOn });
    expect(second.reports.map((r: { status: string; evidence: unknown[] }) => [r.status, r.evidence.length])).toEqual([
      ['IN_PROGRESS', 1],
      ['IMPLEMENTED', 2],
    ]);
    expect(second.rounds).toEqual([{ round: 1, dueOn: daysFromToday(30), implementedOn: done.reportedOn, supersededOn: null }]);

    const reported = await published(supervisionEvents.recommendationImplementationReported.type, 2, ofRecommendation(id));
    expect(reported.map((event) => supervisionEvents.recommendationImplementationReported.parse(event)).map((data) => [data.status, data.evidenceCount, data.late, data.assignmentId])).toEqual([
      ['IN_PROGRESS', 1, false, null],
      ['IMPLEMENTED', 2, false, null],
    ]);
    const [metEvent] = await published(supervisionEvents.obligation.met.type, 1, ofObligation(obligationId(id, 1)));
    expect(supervisionEvents.obligation.met.parse(metEvent!).metOn).toEqual(day(done.reportedOn));

    const unresolved = await ok(sv.url, `{ supervisionRecommendations(first: 100, filter: {unresolvedOnly: true}) { edges { node { id } } } }`);
    expect(ids(unresolved.supervisionRecommendations.edges.map((edge: { node: { id: string } }) => edge.node))).not.toContain(id);
    expect((await failure(sv.url, reportImplementation, { id: 'missing', input: done }, staff.councilClerk)).code).toBe('NOT_FOUND');
  });

  it('derives overdue for unresolved recommendations past their due day, and filters by it and by status', async () => {
    const overdue = await add('so-tai-chinh', daysFromToday(-1));
    const dueToday = await add('so-tai-chinh', daysFromToday(0));
    expect((await read(overdue)).overdue).toBe(true);
    expect((await read(dueToday)).overdue).toBe(false);

    const listOverdue = await ok(sv.url, `{ supervisionRecommendations(filter: {addressedToAgencyId: "so-tai-chinh", overdueOnly: true}) { edges { node { id overdue } } } }`);
    expect(listOverdue.supervisionRecommendations.edges).toEqual([{ node: { id: overdue, overdue: true } }]);

    const partial = { status: 'NOT_IMPLEMENTED', report: 'Chưa bố trí được vốn', reportedOn: daysFromToday(0) };
    const lateReport = await ok(sv.url, reportImplementation, { id: overdue, input: partial }, staff.councilLeader);
    // Reported but not implemented: still unresolved, still overdue.
    expect(lateReport.reportRecommendationImplementation).toMatchObject({ status: 'NOT_IMPLEMENTED', resolved: false, overdue: true });
    const [event] = await published(supervisionEvents.recommendationImplementationReported.type, 1, ofRecommendation(overdue));
    expect(event!.data.late).toBe(true);

    const byStatus = await ok(sv.url, `{ supervisionRecommendations(filter: {status: NOT_IMPLEMENTED}) { edges { node { id } } } }`);
    expect(byStatus.supervisionRecommendations.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([overdue]);
    const capped = await failure(sv.url, '{ supervisionRecommendations(first: 101) { totalCount } }');
    expect(capped).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  describe('re-supervision findings (tái giám sát)', () => {
    let original: string;
    let reSupervision: string;
    let keptOpen: string;
    let closed: string;
    let closedImplemented: string;
    let notSelected: string;
    const finding = (id: string, overrides: Record<string, unknown> = {}) => ({
      recommendationId: id,
      finding: 'Đã xử lý 30/46 công trình; 16 công trình chưa có phương án',
      assessedStatus: 'PARTIALLY_IMPLEMENTED',
      outcome: 'KEPT_OPEN',
      newDueOn: '2027-03-31',
      recordedOn: daysFromToday(0),
      ...overrides,
    });

    beforeAll(async () => {
      original = await programmeIn(sv.url, 'IN_PROGRESS');
      keptOpen = await recommendationOf(sv.url, original, 'so-xay-dung', '2026-09-30');
      closed = await recommendationOf(sv.url, original, 'so-xay-dung', '2026-10-31');
      closedImplemented = await recommendationOf(sv.url, original, 'ubnd-phuong-hoan-kiem', '2026-10-15');
      notSelected = await recommendationOf(sv.url, original, 'so-xay-dung', '2026-11-30');
      await ok(sv.url, `mutation($id: ID!) { concludeSupervisionProgramme(id: $id, input: {concludedOn: "2026-06-01", conclusion: "Kết luận 7/KL-HĐND"}) { id } }`, { id: original });
      const input = programmeInput({ kind: 'RE_SUPERVISION', reSupervisionOfId: original, startsOn: '2026-11-01', endsOn: '2026-12-31', recommendationIds: [keptOpen, closed, closedImplemented] });
      reSupervision = (await ok(sv.url, createProgramme, { input }, staff.councilClerk)).createSupervisionProgramme.id;
    });

    it('is recorded only by the lead body of a re-supervision under way, on a recommendation it selected', async () => {
      expect(await failure(sv.url, recordFinding, { programmeId: reSupervision, input: finding(keptOpen) }, staff.councilClerk)).toMatchObject({ code: 'CONFLICT', field: 'programmeId' });
      await ok(sv.url, startProgramme, { id: reSupervision }, staff.councilClerk);
      expect((await failure(sv.url, recordFinding, { programmeId: reSupervision, input: finding(keptOpen) }, staff.frontClerk)).code).toBe('FORBIDDEN');
      expect((await failure(sv.url, recordFinding, { programmeId: reSupervision, input: finding(keptOpen) }, staff.constructionHandler)).code).toBe('FORBIDDEN');
      expect(await failure(sv.url, recordFinding, { programmeId: programmeId, input: finding(keptOpen) }, staff.councilClerk)).toMatchObject({ code: 'CONFLICT', field: 'programmeId' });
      expect(await failure(sv.url, recordFinding, { programmeId: 'missing', input: finding(keptOpen) }, staff.councilClerk)).toMatchObject({ code: 'NOT_FOUND', field: 'programmeId' });
      expect(await failure(sv.url, recordFinding, { programmeId: reSupervision, input: finding(notSelected) }, staff.councilClerk)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.recommendationId',
      });
      expect(await failure(sv.url, recordFinding, { programmeId: reSupervision, input: finding(keptOpen, { newDueOn: null }) }, staff.councilClerk)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.newDueOn',
      });
      expect(await failure(sv.url, recordFinding, { programmeId: reSupervision, input: finding(closed, { outcome: 'CLOSED' }) }, staff.councilClerk)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.newDueOn',
      });
      expect((await read(keptOpen)).rounds).toHaveLength(1);
    });

    it('keeps a recommendation open with a new due day: round 2, owed anew', async () => {
      const result = (await ok(sv.url, recordFinding, { programmeId: reSupervision, input: finding(keptOpen) }, staff.councilClerk)).recordReSupervisionFinding;
      expect(result).toMatchObject({ status: 'PARTIALLY_IMPLEMENTED', dueOn: '2027-03-31', resolved: false, closed: false, closedOn: null, overdue: false });
      expect(result.rounds).toEqual([
        { round: 1, dueOn: '2026-09-30', implementedOn: null, supersededOn: daysFromToday(0) },
        { round: 2, dueOn: '2027-03-31', implementedOn: null, supersededOn: null },
      ]);
      expect(result.findings).toEqual([
        { reSupervision: { id: reSupervision }, finding: finding(keptOpen).finding, assessedStatus: 'PARTIALLY_IMPLEMENTED', outcome: 'KEPT_OPEN', newDueOn: '2027-03-31', recordedOn: daysFromToday(0) },
      ]);

      const [reSupervised] = await published(supervisionEvents.recommendationReSupervised.type, 1, ofRecommendation(keptOpen));
      expect(supervisionEvents.recommendationReSupervised.parse(reSupervised!)).toMatchObject({
        reSupervisionId: reSupervision,
        outcome: 'KEPT_OPEN',
        assessedStatus: 'PARTIALLY_IMPLEMENTED',
        dueOn: day('2027-03-31'),
        round: 2,
      });
      const [cancelled] = await published(supervisionEvents.obligation.cancelled.type, 1, ofObligation(obligationId(keptOpen, 1)));
      expect(supervisionEvents.obligation.cancelled.parse(cancelled!).on).toEqual(day(daysFromToday(0)));
      const [opened] = await published(supervisionEvents.obligation.opened.type, 1, ofObligation(obligationId(keptOpen, 2)));
      expect(supervisionEvents.obligation.opened.parse(opened!)).toMatchObject({ dueOn: day('2027-03-31'), agencyId: 'so-xay-dung' });

      const twice = await failure(sv.url, recordFinding, { programmeId: reSupervision, input: finding(keptOpen, { newDueOn: '2027-06-30' }) }, staff.councilClerk);
      expect(twice).toMatchObject({ code: 'CONFLICT', field: 'input.recommendationId' });
      expect((await read(keptOpen)).rounds).toHaveLength(2);
      // Reports continue in the new round.
      const report = { status: 'IN_PROGRESS', report: 'Đang lập phương án cho 16 công trình', reportedOn: daysFromToday(0) };
      expect((await ok(sv.url, reportImplementation, { id: keptOpen, input: report }, staff.constructionHandler)).reportRecommendationImplementation.status).toBe('IN_PROGRESS');
    });

    it('closes a recommendation: resolved, no more reports; implemented, its round is met', async () => {
      const input = finding(closed, { outcome: 'CLOSED', assessedStatus: 'NOT_IMPLEMENTED', newDueOn: null, finding: 'Không còn khả năng thực hiện do thay đổi quy hoạch' });
      const result = (await ok(sv.url, recordFinding, { programmeId: reSupervision, input }, staff.councilLeader)).recordReSupervisionFinding;
      expect(result).toMatchObject({ status: 'NOT_IMPLEMENTED', dueOn: '2026-10-31', resolved: true, closed: true, closedOn: daysFromToday(0), overdue: false });
      const report = { status: 'IMPLEMENTED', report: 'Đã thực hiện', reportedOn: daysFromToday(0) };
      expect(await failure(sv.url, reportImplementation, { id: closed, input: report }, staff.constructionHandler)).toMatchObject({ code: 'CONFLICT', field: 'id' });
      expect(await failure(sv.url, recordFinding, { programmeId: reSupervision, input }, staff.councilClerk)).toMatchObject({ code: 'CONFLICT' });
      // Closed unimplemented, its round is closed as failed: cancelled with `missed`, so it counts as late once.
      await published(supervisionEvents.recommendationReSupervised.type, 1, ofRecommendation(closed));
      const ofRound = () => events.events.filter((event) => event.data.obligationId === obligationId(closed, 1));
      await eventually(async () => ofRound().length === 2);
      expect(ofRound().map((event) => event.type)).toEqual([supervisionEvents.obligation.opened.type, supervisionEvents.obligation.cancelled.type]);
      expect(supervisionEvents.obligation.cancelled.parse(ofRound()[1]!)).toMatchObject({ missed: true, reason: 'closed at a re-supervision as not (fully) implemented' });

      const implemented = finding(closedImplemented, { outcome: 'CLOSED', assessedStatus: 'IMPLEMENTED', newDueOn: null, recordedOn: daysFromToday(-1) });
      const done = (await ok(sv.url, recordFinding, { programmeId: reSupervision, input: implemented }, staff.councilClerk)).recordReSupervisionFinding;
      expect(done).toMatchObject({ status: 'IMPLEMENTED', closed: true, resolved: true });
      expect(done.rounds).toEqual([{ round: 1, dueOn: '2026-10-15', implementedOn: daysFromToday(-1), supersededOn: null }]);
      const [met] = await published(supervisionEvents.obligation.met.type, 1, ofObligation(obligationId(closedImplemented, 1)));
      expect(supervisionEvents.obligation.met.parse(met!).metOn).toEqual(day(daysFromToday(-1)));
    });
  });

  describe('escalation of overdue recommendations (quá hạn)', () => {
    let escalationProgramme: string;
    const overdueEvents = (id: string) => events.events.filter((event) => event.type === supervisionEvents.recommendationOverdue.type && event.data.recommendationId === id);

    beforeAll(async () => {
      escalationProgramme = await programmeIn(sv.url, 'IN_PROGRESS');
    });

    it('publishes supervisionRecommendation.overdue once per recommendation and due day, never for a resolved one', async () => {
      const late = await recommendationOf(sv.url, escalationProgramme, 'so-cong-thuong', '2026-09-30');
      const resolved = await recommendationOf(sv.url, escalationProgramme, 'so-cong-thuong', '2026-10-15');
      const notYet = await recommendationOf(sv.url, escalationProgramme, 'so-cong-thuong', daysFromToday(5));
      await ok(sv.url, reportImplementation, { id: resolved, input: { status: 'IMPLEMENTED', report: 'Đã thực hiện xong', reportedOn: '2026-10-20' } });

      expect(await sv.app.escalation.sweep(day(daysFromToday(0)))).toBeGreaterThanOrEqual(1);
      expect(await sv.app.escalation.sweep(day(daysFromToday(0)))).toBe(0);
      const [overdue] = await published(supervisionEvents.recommendationOverdue.type, 1, ofRecommendation(late));
      expect(supervisionEvents.recommendationOverdue.parse(overdue!)).toEqual({
        recommendationId: late,
        programmeId: escalationProgramme,
        leadAgencyId: 'council',
        addressedToAgencyId: 'so-cong-thuong',
        dueOn: day('2026-09-30'),
        round: 1,
        status: 'ISSUED',
        detectedOn: day(daysFromToday(0)),
        level: 'CITY',
        jurisdictionUnitId: null,
      });
      // A report that does not resolve it does not escalate it again for the same due day.
      await ok(sv.url, reportImplementation, { id: late, input: { status: 'IN_PROGRESS', report: 'Đang triển khai', reportedOn: daysFromToday(0) } });
      expect(await sv.app.escalation.sweep(day(daysFromToday(6)))).toBeGreaterThanOrEqual(1);
      await sv.settledCommandCount(); // the outbox has published what the sweep stored
      await published(supervisionEvents.recommendationOverdue.type, 1, ofRecommendation(notYet));
      expect(overdueEvents(late)).toHaveLength(1);
      expect(overdueEvents(resolved)).toHaveLength(0);
    });

    it('escalates again after a re-supervision keeps it open with a new day that passes', async () => {
      const late = await recommendationOf(sv.url, escalationProgramme, 'so-noi-vu', '2026-09-15');
      await sv.app.escalation.sweep(day(daysFromToday(0)));
      await published(supervisionEvents.recommendationOverdue.type, 1, ofRecommendation(late));

      const original = await programmeIn(sv.url, 'CONCLUDED');
      // The recommendation belongs to a programme under way: a re-supervision selects it once that one is concluded.
      await ok(sv.url, `mutation($id: ID!) { concludeSupervisionProgramme(id: $id, input: {concludedOn: "2026-06-01", conclusion: "KL"}) { id } }`, { id: escalationProgramme });
      const input = programmeInput({ kind: 'RE_SUPERVISION', reSupervisionOfId: original, startsOn: '2026-11-01', endsOn: '2026-12-31', recommendationIds: [late] });
      const reSupervision = (await ok(sv.url, createProgramme, { input })).createSupervisionProgramme.id;
      await ok(sv.url, startProgramme, { id: reSupervision });
      const newDueOn = daysFromToday(1);
      const finding = { recommendationId: late, finding: 'Chưa thực hiện', assessedStatus: 'NOT_IMPLEMENTED', outcome: 'KEPT_OPEN', newDueOn, recordedOn: daysFromToday(0) };
      await ok(sv.url, recordFinding, { programmeId: reSupervision, input: finding });

      expect(await sv.app.escalation.sweep(day(daysFromToday(1)))).toBe(0);
      expect(await sv.app.escalation.sweep(day(daysFromToday(2)))).toBe(1);
      const [, again] = await published(supervisionEvents.recommendationOverdue.type, 2, ofRecommendation(late));
      expect(supervisionEvents.recommendationOverdue.parse(again!)).toMatchObject({ dueOn: day(newDueOn), round: 2, status: 'NOT_IMPLEMENTED', detectedOn: day(daysFromToday(2)) });
      expect(await sv.app.escalation.sweep(day(daysFromToday(3)))).toBe(0);
      expect(overdueEvents(late)).toHaveLength(2);
    });
  });

  it('records a committee assignment’s answer as an implementation report, once', async () => {
    const id = await add('so-xay-dung', '2026-12-31');
    const answered = (assignmentId: string, answeredOn: string, implementationStatus: 'PARTIALLY_IMPLEMENTED' | 'IMPLEMENTED') =>
      committeeEvents.assignmentAnswered.event(id, {
        assignmentId,
        subjectType: 'SUPERVISION_RECOMMENDATION',
        subjectId: id,
        agencyId: 'so-xay-dung',
        dueOn: day('2026-12-31'),
        answer: `Sở Xây dựng báo cáo kết quả thực hiện (${assignmentId})`,
        answeredOn: day(answeredOn),
        implementationStatus,
        evidence: [{ title: 'Báo cáo số 412/BC-SXD ngày 10/11/2026', reference: 'https://soxaydung.hanoi.gov.vn/van-ban/412-bc-sxd-2026' }],
      });
    const first = answered('assignment-1', '2026-11-10', 'PARTIALLY_IMPLEMENTED');
    // The same event twice, the same answer again under another event id, and a petition's answer (not ours).
    await publisher.publish('committee', first, first, answered('assignment-1', '2026-11-10', 'PARTIALLY_IMPLEMENTED'));
    await publisher.publish(
      'committee',
      committeeEvents.assignmentAnswered.event(id, { assignmentId: 'assignment-9', subjectType: 'PETITION', subjectId: id, agencyId: 'so-xay-dung', dueOn: null, answer: 'Trả lời đơn', answeredOn: day('2026-11-11') }),
    );
    await publisher.publish('committee', answered('assignment-2', '2026-11-20', 'IMPLEMENTED'));

    const recommendation = await eventually(async () => {
      const current = await read(id);
      return current.reports.length >= 2 && current;
    });
    expect(recommendation).toMatchObject({ status: 'IMPLEMENTED', resolved: true, reportedOn: '2026-11-20', implementationReport: 'Sở Xây dựng báo cáo kết quả thực hiện (assignment-2)' });
    expect(recommendation.reports).toEqual([
      {
        status: 'PARTIALLY_IMPLEMENTED',
        text: 'Sở Xây dựng báo cáo kết quả thực hiện (assignment-1)',
        reportedOn: '2026-11-10',
        evidence: [{ title: 'Báo cáo số 412/BC-SXD ngày 10/11/2026', reference: 'https://soxaydung.hanoi.gov.vn/van-ban/412-bc-sxd-2026' }],
        assignment: { id: 'assignment-1' },
      },
      expect.objectContaining({ status: 'IMPLEMENTED', reportedOn: '2026-11-20', assignment: { id: 'assignment-2' } }),
    ]);
    const reported = await published(supervisionEvents.recommendationImplementationReported.type, 2, ofRecommendation(id));
    expect(reported.map((event) => event.data.assignmentId)).toEqual(['assignment-1', 'assignment-2']);
  });

  it('answers Agency.supervisionRecommendations for several agencies with one query per filter', async () => {
    const health = [await add('so-y-te', daysFromToday(-10)), await add('so-y-te', daysFromToday(10))];
    const educationDone = await add('so-giao-duc', daysFromToday(-3));
    const educationPartly = await add('so-giao-duc', daysFromToday(20));
    const commune = await add('ubnd-xa-soc-son', daysFromToday(-1));
    await ok(sv.url, reportImplementation, { id: educationDone, input: { status: 'IMPLEMENTED', report: 'Đã thực hiện', reportedOn: daysFromToday(0) } });
    await ok(sv.url, reportImplementation, { id: educationPartly, input: { status: 'PARTIALLY_IMPLEMENTED', report: 'Thực hiện một phần', reportedOn: daysFromToday(0) } });
    const reps = ['so-y-te', 'so-giao-duc', 'ubnd-xa-soc-son', 'so-ngoai-vu'].map((agency) => ({ __typename: 'Agency', id: agency }));

    const before = await quietCommandCount();
    const plain = await ok(sv.url, `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Agency { id supervisionRecommendations { id status } } } }`, { reps });
    expect(sv.app.runtime.database.commandCount() - before).toBe(1);
    expect(plain._entities.map((agency: { supervisionRecommendations: { id: string }[] }) => ids(agency.supervisionRecommendations))).toEqual([
      health,
      [educationDone, educationPartly],
      [commune],
      [],
    ]);

    const start = await quietCommandCount();
    const filtered = await ok(sv.url, `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Agency {
      id
      overdue: supervisionRecommendations(overdueOnly: true) { id }
      issued: supervisionRecommendations(status: ISSUED) { id programme { id } }
      unresolved: supervisionRecommendations(unresolvedOnly: true) { id }
    } } }`, { reps });
    // One query per distinct filter (3) and one for all the programmes (1), whatever the number of agencies.
    expect(sv.app.runtime.database.commandCount() - start).toBe(4);
    const column = (name: string) => filtered._entities.map((agency: Record<string, { id: string }[]>) => ids(agency[name]!));
    expect(column('overdue')).toEqual([[health[0]], [], [commune], []]);
    expect(column('issued')).toEqual([health, [], [commune], []]);
    expect(column('unresolved')).toEqual([health, [educationPartly], [commune], []]);
    expect(filtered._entities[0].issued[0].programme).toEqual({ id: programmeId });
  });

  it('resolves SupervisionRecommendation references in one batch', async () => {
    const listed = await ok(sv.url, `{ supervisionRecommendations(first: 3) { edges { node { id } } } }`);
    const some: string[] = listed.supervisionRecommendations.edges.map((edge: { node: { id: string } }) => edge.node.id);
    const reps = [...some, 'missing'].map((id) => ({ __typename: 'SupervisionRecommendation', id }));
    const before = await quietCommandCount();
    const result = await ok(sv.url, `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on SupervisionRecommendation { id status addressedTo { id } } } }`, { reps });
    expect(sv.app.runtime.database.commandCount() - before).toBe(1);
    expect(result._entities.map((entity: { id: string } | null) => entity?.id ?? null)).toEqual([...some, null]);
  });
});
