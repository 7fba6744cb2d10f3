import { committeeEvents, eventsByService, obligationKinds, type ObligationKind, type ObligationSubjectType } from '@hanoi/contracts';
import { hanoiToday, parseCalendarDate, parseEvent, type CloudEvent } from '@hanoi/platform';
import { callSubgraph, eventually } from '@hanoi/platform/testing';
import { defaultWeights } from '../src/domain/coordination-index/weights';
import { failure, ok, person, programmeIn, recommendationOf, reportImplementation, staff, startPublisher, startSupervision, type Publisher, type Supervision } from './support';

const day = parseCalendarDate;
const daysSince = (due: string) => Math.round((hanoiToday().getTime() - day(due).getTime()) / 86_400_000);

/**
 * The obligations other services publish in this test (F4), each as its events: opened, then optionally rescheduled,
 * met and cancelled. Due days are in 2026 (before today, 3/12/2026 or later), so only daysLate of the open ones
 * depends on today.
 */
interface Fixture {
  service: 'council' | 'petitions' | 'committee' | 'delegation' | 'front';
  obligationId: string;
  kind: ObligationKind;
  agencyId: string;
  dueOn: string;
  subject: [ObligationSubjectType, string];
  councilSessionId?: string;
  rescheduled?: { to: string; on: string };
  met?: string;
  cancelled?: string;
}
const fixtures: Fixture[] = [
  // so-tai-chinh, September: AGENDA_DOCUMENT on time, late (3 days), overdue (open since 20/9)
  { service: 'council', obligationId: 'agendaItem:ai-1:documents', kind: 'AGENDA_DOCUMENT', agencyId: 'so-tai-chinh', dueOn: '2026-09-10', subject: ['AgendaItem', 'ai-1'], councilSessionId: 'session-2026-10', met: '2026-09-08' },
  { service: 'council', obligationId: 'agendaItem:ai-2:documents', kind: 'AGENDA_DOCUMENT', agencyId: 'so-tai-chinh', dueOn: '2026-09-15', subject: ['AgendaItem', 'ai-2'], councilSessionId: 'session-2026-10', met: '2026-09-18' },
  { service: 'council', obligationId: 'agendaItem:ai-3:documents', kind: 'AGENDA_DOCUMENT', agencyId: 'so-tai-chinh', dueOn: '2026-09-20', subject: ['AgendaItem', 'ai-3'], councilSessionId: 'session-2026-10' },
  // CASE_ACCEPTANCE: late in August, two on time in September
  { service: 'petitions', obligationId: 'petition:p-0:acceptance', kind: 'CASE_ACCEPTANCE', agencyId: 'so-tai-chinh', dueOn: '2026-08-20', subject: ['Petition', 'p-0'], met: '2026-08-25' },
  { service: 'petitions', obligationId: 'petition:p-1:acceptance', kind: 'CASE_ACCEPTANCE', agencyId: 'so-tai-chinh', dueOn: '2026-09-05', subject: ['Petition', 'p-1'], met: '2026-09-05' },
  { service: 'petitions', obligationId: 'petition:p-2:acceptance', kind: 'CASE_ACCEPTANCE', agencyId: 'so-tai-chinh', dueOn: '2026-09-12', subject: ['Petition', 'p-2'], met: '2026-09-11' },
  // CASE_RESOLUTION missed on 25/9, extended on 28/9 to 25/10, resolved 20/10: late, in September
  { service: 'petitions', obligationId: 'petition:p-3:resolution', kind: 'CASE_RESOLUTION', agencyId: 'so-tai-chinh', dueOn: '2026-09-25', subject: ['Petition', 'p-3'], rescheduled: { to: '2026-10-25', on: '2026-09-28' }, met: '2026-10-20' },
  { service: 'committee', obligationId: 'assignment:as-1', kind: 'ASSIGNMENT_ANSWER', agencyId: 'so-tai-chinh', dueOn: '2026-09-30', subject: ['Assignment', 'as-1'], met: '2026-09-29' },
  { service: 'delegation', obligationId: 'lawConsultation:lc-1:so-tai-chinh', kind: 'LAW_CONSULTATION_CONTRIBUTION', agencyId: 'so-tai-chinh', dueOn: '2026-09-18', subject: ['LawConsultation', 'lc-1'], met: '2026-09-25' },
  // so-tai-chinh, October: on time
  { service: 'council', obligationId: 'agendaItem:ai-6:documents', kind: 'AGENDA_DOCUMENT', agencyId: 'so-tai-chinh', dueOn: '2026-10-15', subject: ['AgendaItem', 'ai-6'], councilSessionId: 'session-2026-12', met: '2026-10-10' },
  // so-xay-dung, September: one on time, one withdrawn before its day (not counted)
  { service: 'council', obligationId: 'agendaItem:ai-4:documents', kind: 'AGENDA_DOCUMENT', agencyId: 'so-xay-dung', dueOn: '2026-09-10', subject: ['AgendaItem', 'ai-4'], councilSessionId: 'session-2026-10', met: '2026-09-10' },
  { service: 'council', obligationId: 'agendaItem:ai-5:documents', kind: 'AGENDA_DOCUMENT', agencyId: 'so-xay-dung', dueOn: '2026-09-15', subject: ['AgendaItem', 'ai-5'], councilSessionId: 'session-2026-10', cancelled: '2026-09-01' },
  // council and front, September: on time; front's voter report (October) still open
  { service: 'council', obligationId: 'councilSession:session-2026-10:programme', kind: 'SESSION_PROGRAMME', agencyId: 'council', dueOn: '2026-09-25', subject: ['CouncilSession', 'session-2026-10'], councilSessionId: 'session-2026-10', met: '2026-09-24' },
  { service: 'front', obligationId: 'socialCritique:sc-1:report', kind: 'SOCIAL_CRITIQUE_REPORT', agencyId: 'front', dueOn: '2026-09-12', subject: ['SocialCritique', 'sc-1'], met: '2026-09-10' },
  { service: 'front', obligationId: 'voterOpinionReport:session-2026-10', kind: 'VOTER_OPINION_REPORT', agencyId: 'front', dueOn: '2026-10-05', subject: ['VoterOpinionReport', 'vor-1'], councilSessionId: 'session-2026-10' },
  // A commune-level committee (not ranked among CITY agencies): late
  { service: 'committee', obligationId: 'assignment:as-2', kind: 'ASSIGNMENT_ANSWER', agencyId: 'ubnd-phuong-hoan-kiem', dueOn: '2026-09-10', subject: ['Assignment', 'as-2'], met: '2026-09-14' },
];

function eventsOf(fixture: Fixture): CloudEvent[] {
  const contracts = eventsByService[fixture.service].obligation;
  const { obligationId } = fixture;
  const key = fixture.subject[1];
  const events = [
    contracts.opened.event(key, {
      obligationId,
      kind: fixture.kind,
      agencyId: fixture.agencyId,
      dueOn: day(fixture.dueOn),
      subject: { type: fixture.subject[0], id: fixture.subject[1] },
      content: obligationKinds[fixture.kind].content,
      basis: `Căn cứ thời hạn của ${fixture.kind}`,
      councilSessionId: fixture.councilSessionId ?? null,
      title: `Nghĩa vụ ${obligationId}`,
    }),
  ];
  if (fixture.rescheduled) {
    events.push(contracts.rescheduled.event(key, { obligationId, dueOn: day(fixture.rescheduled.to), previousDueOn: day(fixture.dueOn), on: day(fixture.rescheduled.on), reason: 'Gia hạn giải quyết' }));
  }
  if (fixture.met) events.push(contracts.met.event(key, { obligationId, metOn: day(fixture.met) }));
  if (fixture.cancelled) events.push(contracts.cancelled.event(key, { obligationId, on: day(fixture.cancelled), reason: 'Rút khỏi chương trình kỳ họp' }));
  return events;
}

const agency = (agencyId: string, name: string, kind: 'CITY_BODY' | 'DEPARTMENT' | 'COMMUNE_COMMITTEE', parentId: string | null, level: 'CITY' | 'COMMUNE' = 'CITY') =>
  committeeEvents.agencyCreated.event(agencyId, {
    agencyId,
    name,
    shortName: name.replace(/ thành phố Hà Nội$/, ''),
    kind,
    level,
    parentId,
    administrativeUnitId: null,
    validFrom: null,
    validTo: null,
  });
const directory = [
  agency('council', 'Thường trực Hội đồng nhân dân thành phố Hà Nội', 'CITY_BODY', null),
  agency('committee', 'Ủy ban nhân dân thành phố Hà Nội', 'CITY_BODY', null),
  agency('front', 'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội', 'CITY_BODY', null),
  agency('delegation', 'Đoàn đại biểu Quốc hội thành phố Hà Nội', 'CITY_BODY', null),
  agency('so-tai-chinh', 'Sở Tài chính thành phố Hà Nội', 'DEPARTMENT', 'committee'),
  agency('so-xay-dung', 'Sở Xây dựng thành phố Hà Nội', 'DEPARTMENT', 'committee'),
  agency('ubnd-phuong-hoan-kiem', 'Ủy ban nhân dân phường Hoàn Kiếm', 'COMMUNE_COMMITTEE', null, 'COMMUNE'),
];

const basisFields = 'basis { weightsVersion eventCount lastOffsets { topic partition offset } }';
const itemFields = `obligationId kind standing dueOn metOn daysLate basis title councilSession { id }
  subject { __typename ... on AgendaItem { id } ... on Petition { id } ... on LawConsultation { id } ... on SupervisionRecommendation { id status addressedTo { id } } }`;
const figureFields = `agency { id } period from to value ${basisFields}
  components { kind content due onTime late overdue pending rate weight items { ${itemFields} } ${basisFields} }`;
const indexQuery = `query($agencyId: ID!, $period: String!, $weightsVersion: Int) {
  coordinationIndex(agencyId: $agencyId, period: $period, weightsVersion: $weightsVersion) { ${figureFields} }
}`;
const entitiesQuery = `query($reps: [_Any!]!, $period: String!) {
  _entities(representations: $reps) { ... on Agency { id coordinationIndex(period: $period) { ${figureFields} } } }
}`;
const rankingQuery = `query($period: String!, $level: AgencyLevel) {
  coordinationIndexRanking(period: $period, level: $level) { rank index { agency { id } value } }
}`;
const historyQuery = `query($reps: [_Any!]!) {
  _entities(representations: $reps) { ... on Agency { id coordinationIndexHistory(from: "2026-08", to: "2026-10") { period from to value ${basisFields} } } }
}`;
const reviewQuery = `query($period: String!) {
  coordinationReview(period: $period) { period from to weightsVersion bodies { body { id } index lines { content due onTime late overdue pending } } }
}`;
const weightsMutation = `mutation($input: SetCoordinationIndexWeightsInput!) { setCoordinationIndexWeights(input: $input) { version note setAt weights { kind weight } } }`;
const versionsQuery = `{ coordinationIndexWeightVersions { version note setAt weights { kind weight } } }`;
const statusQuery = `{ coordinationIndexStatus { activeGeneration lastBuild { generation eventCount finishedAt endOffsets { topic partition offset } } building { generation } } }`;
const rebuildMutation = `mutation { rebuildCoordinationIndex { generation read total written } }`;

describe('supervision subgraph: the coordination index over Kafka (F4)', () => {
  let sv: Supervision;
  let publisher: Publisher;
  /** Where every event of the six topics was read, by event id. */
  let positions: Map<string, { topic: string; partition: number; offset: string; event: CloudEvent }>;
  let recommendationId: string;
  let taskId: string;

  /** The basis a figure must show for these obligations: their events (each once) and the last offset per partition. */
  function expectedBasis(obligationIds: string[], weightsVersion = 1) {
    const rows = [...positions.values()].filter(({ event }) => event.type.includes('.obligation.') && obligationIds.includes(event.data.obligationId as string));
    const last = new Map<string, { topic: string; partition: number; offset: string }>();
    for (const { topic, partition, offset } of rows) {
      const key = `${topic}:${partition}`;
      const seen = last.get(key);
      if (!seen || BigInt(offset) > BigInt(seen.offset)) last.set(key, { topic, partition, offset });
    }
    const lastOffsets = [...last.values()].sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
    return { weightsVersion, eventCount: rows.length, lastOffsets };
  }
  const figureOf = async (agencyId: string, period: string, weightsVersion?: number) =>
    (await ok(sv.url, indexQuery, { agencyId, period, weightsVersion })).coordinationIndex;
  async function quietCommandCount() {
    for (;;) {
      const count = await sv.settledCommandCount();
      await new Promise((resolve) => setTimeout(resolve, 750));
      if (sv.app.runtime.database.commandCount() === count) return count;
    }
  }
  const topics = () => Object.keys(eventsByService).map((service) => sv.app.runtime.topic(service));
  /** Obligation and directory events on the six topics (what a build from offset 0 reads). */
  const indexEventCount = () => [...positions.values()].filter(({ event }) => event.type.includes('.obligation.') || event.type === committeeEvents.agencyCreated.type).length;

  beforeAll(async () => {
    sv = await startSupervision();
    publisher = await startPublisher(sv);
    await publisher.publish('committee', ...directory);
    const fixtureEvents = fixtures.map(eventsOf);
    for (const [index, fixture] of fixtures.entries()) await publisher.publish(fixture.service, ...fixtureEvents[index]!);
    // A redelivery (the same event again) changes nothing.
    await publisher.publish('council', fixtureEvents[0]![1]!);

    // Supervision's own obligations: a recommendation to so-xay-dung implemented 5 days late, a "5 rõ" task done on time.
    const programme = await programmeIn(sv.url, 'IN_PROGRESS');
    recommendationId = await recommendationOf(sv.url, programme, 'so-xay-dung', '2026-09-30');
    await ok(sv.url, reportImplementation, { id: recommendationId, input: { status: 'IMPLEMENTED', report: 'Đã xử lý dứt điểm', reportedOn: '2026-10-05' } });
    const task = await ok(
      sv.url,
      `mutation($input: CreateCoordinationTaskInput!) { createCoordinationTask(input: $input) { id } }`,
      {
        input: {
          title: 'Tổ chức hội nghị tiếp xúc cử tri chuyên đề trật tự xây dựng',
          responsible: person(),
          agencyId: 'so-xay-dung',
          dueOn: '2026-09-20',
          expectedResult: 'Hội nghị tổ chức, biên bản gửi Ủy ban MTTQ',
          content: 'VOTER_MEETINGS',
        },
      },
      staff.councilClerk,
    );
    taskId = task.createCoordinationTask.id;
    await ok(sv.url, `mutation($id: ID!) { completeCoordinationTask(id: $id, input: {doneOn: "2026-09-19", result: "Đã tổ chức hội nghị"}) { id } }`, { id: taskId }, staff.councilClerk);
    await sv.settledCommandCount();

    positions = new Map();
    const ends = await publisher.bus.endOffsets(topics());
    await publisher.bus.readUntil(topics(), ends, ({ topic, partition, message }) => {
      const event = parseEvent(message.value);
      if (!positions.has(event.id)) positions.set(event.id, { topic, partition, offset: message.offset, event });
    });

    // Every obligation event applied (each once: 35 distinct) and the directory known.
    await eventually(async () => {
      const ranking = (await ok(sv.url, rankingQuery, { period: '2026', level: null })).coordinationIndexRanking;
      return ranking.length === 7 && (await yearEventCount()) === 35;
    }, 30_000, 250);
  });
  afterAll(async () => {
    await publisher.stop();
    await sv.stop();
  });
  async function yearEventCount() {
    const reps = directory.map((event) => ({ __typename: 'Agency', id: event.data.agencyId }));
    const data = await ok(sv.url, `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Agency { coordinationIndex(period: "2026") { basis { eventCount } } } } }`, { reps });
    return data._entities.reduce((sum: number, entity: { coordinationIndex: { basis: { eventCount: number } } }) => sum + entity.coordinationIndex.basis.eventCount, 0);
  }

  it('has a known test set: 32 obligation events of other services (one twice), 4 of supervision’s own, 7 agencies', () => {
    expect(publisher.published()).toBe(7 + 32);
    expect(indexEventCount()).toBe(7 + 31 + 4);
  });

  it('computes an agency’s month by the published formula, with the obligations behind it', async () => {
    const figure = await figureOf('so-tai-chinh', '2026-09');
    const weight = (kind: ObligationKind) => defaultWeights.byKind[kind];
    expect(weight('AGENDA_DOCUMENT')).toBe(3);
    expect(weight('CASE_RESOLUTION')).toBe(2);
    const component = (kind: ObligationKind, due: number, onTime: number, late: number, overdue: number, pending: number, rate: number | null) => ({
      kind,
      content: obligationKinds[kind].content,
      due,
      onTime,
      late,
      overdue,
      pending,
      rate,
      weight: weight(kind),
    });
    const counts = figure.components.map(({ items: _items, basis: _basis, ...rest }: Record<string, unknown>) => rest);
    expect(counts).toEqual([
      component('AGENDA_DOCUMENT', 3, 1, 1, 1, 0, 33.33),
      component('ASSIGNMENT_ANSWER', 1, 1, 0, 0, 0, 100),
      component('CASE_ACCEPTANCE', 2, 2, 0, 0, 0, 100),
      component('CASE_RESOLUTION', 1, 0, 1, 0, 0, 0),
      component('LAW_CONSULTATION_CONTRIBUTION', 1, 0, 1, 0, 0, 0),
    ]);
    // (3 × 33.33 + 1 × 100 + 1 × 100 + 2 × 0 + 1 × 0) ÷ (3 + 1 + 1 + 2 + 1) = 299.99 ÷ 8 = 37.49875 → 37.5
    expect(figure).toMatchObject({ agency: { id: 'so-tai-chinh' }, period: '2026-09', from: '2026-09-01', to: '2026-09-30', value: 37.5 });

    const [agenda, , , resolution, contribution] = figure.components;
    expect(agenda.items).toEqual([
      {
        obligationId: 'agendaItem:ai-2:documents',
        kind: 'AGENDA_DOCUMENT',
        standing: 'LATE',
        dueOn: '2026-09-15',
        metOn: '2026-09-18',
        daysLate: 3,
        basis: 'Căn cứ thời hạn của AGENDA_DOCUMENT',
        title: 'Nghĩa vụ agendaItem:ai-2:documents',
        councilSession: { id: 'session-2026-10' },
        subject: { __typename: 'AgendaItem', id: 'ai-2' },
      },
      expect.objectContaining({ obligationId: 'agendaItem:ai-3:documents', standing: 'OVERDUE', dueOn: '2026-09-20', metOn: null, daysLate: daysSince('2026-09-20'), subject: { __typename: 'AgendaItem', id: 'ai-3' } }),
    ]);
    // Missed on 25/9, then extended: it counts late in September, 25 days to the day it was met.
    expect(resolution.items).toEqual([
      expect.objectContaining({ obligationId: 'petition:p-3:resolution', standing: 'LATE', dueOn: '2026-09-25', metOn: '2026-10-20', daysLate: 25, councilSession: null, subject: { __typename: 'Petition', id: 'p-3' } }),
    ]);
    expect(contribution.items).toEqual([expect.objectContaining({ standing: 'LATE', daysLate: 7, subject: { __typename: 'LawConsultation', id: 'lc-1' } })]);
    expect(figure.components[1].items).toEqual([]);

    const september = ['agendaItem:ai-1:documents', 'agendaItem:ai-2:documents', 'agendaItem:ai-3:documents', 'petition:p-1:acceptance', 'petition:p-2:acceptance', 'petition:p-3:resolution', 'assignment:as-1', 'lawConsultation:lc-1:so-tai-chinh'];
    expect(figure.basis).toEqual(expectedBasis(september));
    // ai-1 (2, its met delivered twice counts once), ai-2 (2), ai-3 (1), p-1 (2), p-2 (2), p-3 (3), as-1 (2), lc-1 (2)
    expect(figure.basis.eventCount).toBe(16);
    expect(agenda.basis).toEqual(expectedBasis(september.slice(0, 3)));
    expect(resolution.basis).toEqual(expectedBasis(['petition:p-3:resolution']));
    expect(figure.basis.lastOffsets.map((offset: { topic: string }) => offset.topic.replace(sv.config.KAFKA_TOPIC_PREFIX, ''))).toEqual(
      expect.arrayContaining(['committee.events.v1', 'council.events.v1', 'delegation.events.v1', 'petitions.events.v1']),
    );

    // so-xay-dung: AGENDA_DOCUMENT 1/1 (the withdrawn one not counted), its "5 rõ" task on time, the recommendation 5 days late.
    const construction = await figureOf('so-xay-dung', '2026-09');
    expect(construction.components.map(({ kind, due, onTime, late, rate, weight: w }: Record<string, unknown>) => [kind, due, onTime, late, rate, w])).toEqual([
      ['AGENDA_DOCUMENT', 1, 1, 0, 100, 3],
      ['COORDINATION_TASK', 1, 1, 0, 100, 1],
      ['SUPERVISION_RECOMMENDATION', 1, 0, 1, 0, 2],
    ]);
    // (3 × 100 + 1 × 100 + 2 × 0) ÷ 6 = 66.67
    expect(construction.value).toBe(66.67);
    expect(construction.components[2].items).toEqual([
      expect.objectContaining({
        obligationId: `supervisionRecommendation:${recommendationId}:1`,
        standing: 'LATE',
        dueOn: '2026-09-30',
        metOn: '2026-10-05',
        daysLate: 5,
        subject: { __typename: 'SupervisionRecommendation', id: recommendationId, status: 'IMPLEMENTED', addressedTo: { id: 'so-xay-dung' } },
      }),
    ]);
    expect(construction.basis).toEqual(
      expectedBasis(['agendaItem:ai-4:documents', 'agendaItem:ai-5:documents', `coordinationTask:${taskId}`, `supervisionRecommendation:${recommendationId}:1`]),
    );
  });

  it('computes quarters, years and the monthly history by the same rule', async () => {
    // Q3 adds August's late acceptance: CASE_ACCEPTANCE 2/3 = 66.67 → (99.99 + 66.67 + 100 + 0 + 0) ÷ 8 = 33.3325 → 33.33
    const q3 = await figureOf('so-tai-chinh', '2026-Q3');
    expect(q3).toMatchObject({ period: '2026-Q3', from: '2026-07-01', to: '2026-09-30', value: 33.33 });
    expect(q3.components.find((c: { kind: string }) => c.kind === 'CASE_ACCEPTANCE')).toMatchObject({ due: 3, onTime: 2, late: 1, rate: 66.67 });
    // The year adds October's on-time documents: AGENDA_DOCUMENT 2/4 = 50 → (150 + 66.67 + 100 + 0 + 0) ÷ 8 = 39.58375 → 39.58
    const year = await figureOf('so-tai-chinh', '2026');
    expect(year).toMatchObject({ period: '2026', from: '2026-01-01', to: '2026-12-31', value: 39.58 });
    expect(year.components[0]).toMatchObject({ kind: 'AGENDA_DOCUMENT', due: 4, onTime: 2, late: 1, overdue: 1, rate: 50 });
    // Q4: front's voter report is open since 5/10.
    const frontQ4 = await figureOf('front', '2026-Q4');
    expect(frontQ4).toMatchObject({ value: 0, components: [expect.objectContaining({ kind: 'VOTER_OPINION_REPORT', due: 1, overdue: 1, rate: 0 })] });

    const history = await ok(sv.url, historyQuery, { reps: [{ __typename: 'Agency', id: 'so-tai-chinh' }] });
    expect(history._entities[0].coordinationIndexHistory.map(({ period, from, to, value }: Record<string, unknown>) => ({ period, from, to, value }))).toEqual([
      // August: CASE_ACCEPTANCE 0/1; September: 37.5; October: AGENDA_DOCUMENT 1/1 (p-3 counts in September, when it was missed)
      { period: '2026-08', from: '2026-08-01', to: '2026-08-31', value: 0 },
      { period: '2026-09', from: '2026-09-01', to: '2026-09-30', value: 37.5 },
      { period: '2026-10', from: '2026-10-01', to: '2026-10-31', value: 100 },
    ]);
    expect(history._entities[0].coordinationIndexHistory[1].basis).toEqual((await figureOf('so-tai-chinh', '2026-09')).basis);
  });

  it('answers Agency.coordinationIndex for many agencies with one obligations query', async () => {
    const reps = (ids: string[]) => ids.map((id) => ({ __typename: 'Agency', id }));
    const figures = `query($reps: [_Any!]!, $period: String!) { _entities(representations: $reps) { ... on Agency { id coordinationIndex(period: $period) {
      value ${basisFields} components { kind due items { obligationId standing dueOn daysLate title } } } } } }`;
    const one = await quietCommandCount();
    await ok(sv.url, figures, { reps: reps(['so-tai-chinh']), period: '2026-09' });
    const forOne = sv.app.runtime.database.commandCount() - one;

    const many = await quietCommandCount();
    const result = await ok(sv.url, figures, { reps: reps(['so-tai-chinh', 'so-xay-dung', 'council', 'front', 'committee', 'delegation', 'so-khong-biet']), period: '2026-09' });
    const forMany = sv.app.runtime.database.commandCount() - many;
    // The active generation, the weights, and one query for every agency's obligations.
    expect(forOne).toBe(3);
    expect(forMany).toBe(forOne);
    expect(result._entities.map((entity: { coordinationIndex: { value: number | null } }) => entity.coordinationIndex.value)).toEqual([37.5, 66.67, 100, 100, null, null, null]);
    const full = await ok(sv.url, entitiesQuery, { reps: reps(['so-tai-chinh', 'so-xay-dung']), period: '2026-09' });
    expect(full._entities.map((entity: { coordinationIndex: unknown }) => entity.coordinationIndex)).toEqual([await figureOf('so-tai-chinh', '2026-09'), await figureOf('so-xay-dung', '2026-09')]);
  });

  it('ranks the agencies of a level, best first, those with nothing due last', async () => {
    const ranking = (await ok(sv.url, rankingQuery, { period: '2026-09', level: 'CITY' })).coordinationIndexRanking;
    expect(ranking.map((rank: { rank: number | null; index: { agency: { id: string }; value: number | null } }) => [rank.rank, rank.index.agency.id, rank.index.value])).toEqual([
      [1, 'council', 100],
      [2, 'front', 100],
      [3, 'so-xay-dung', 66.67],
      [4, 'so-tai-chinh', 37.5],
      [null, 'committee', null],
      [null, 'delegation', null],
    ]);
    const all = (await ok(sv.url, rankingQuery, { period: '2026-09', level: null })).coordinationIndexRanking;
    expect(all.map((rank: { index: { agency: { id: string } } }) => rank.index.agency.id)).toEqual(['council', 'front', 'so-xay-dung', 'so-tai-chinh', 'ubnd-phuong-hoan-kiem', 'committee', 'delegation']);
    expect(all[4]).toEqual({ rank: 5, index: { agency: { id: 'ubnd-phuong-hoan-kiem' }, value: 0 } });
  });

  it('reviews the period per body and content (sơ kết), also as CSV', async () => {
    const review = (await ok(sv.url, reviewQuery, { period: '2026-09' })).coordinationReview;
    const line = (content: string, due: number, onTime: number, late: number, overdue: number, pending: number) => ({ content, due, onTime, late, overdue, pending });
    expect(review).toEqual({
      period: '2026-09',
      from: '2026-09-01',
      to: '2026-09-30',
      weightsVersion: 1,
      bodies: [
        {
          // so-tai-chinh and so-xay-dung answer to the committee. As one: AGENDA_DOCUMENT 2/4 = 50 (3), ASSIGNMENT_ANSWER 100 (1),
          // CASE_ACCEPTANCE 100 (1), CASE_RESOLUTION 0 (2), COORDINATION_TASK 100 (1), LAW_CONSULTATION_CONTRIBUTION 0 (1),
          // SUPERVISION_RECOMMENDATION 0 (2): (150 + 100 + 100 + 100) ÷ 11 = 40.909… → 40.91
          body: { id: 'committee' },
          index: 40.91,
          lines: [
            line('LAWS_AND_CRITIQUE', 1, 0, 1, 0, 0),
            line('COUNCIL_SESSIONS', 4, 2, 1, 1, 0),
            line('SUPERVISION', 1, 0, 1, 0, 0),
            line('VOTER_MEETINGS', 1, 1, 0, 0, 0),
            line('CITIZEN_RECEPTION', 4, 3, 1, 0, 0),
          ],
        },
        { body: { id: 'council' }, index: 100, lines: [line('COUNCIL_SESSIONS', 1, 1, 0, 0, 0)] },
        { body: { id: 'front' }, index: 100, lines: [line('LAWS_AND_CRITIQUE', 1, 1, 0, 0, 0)] },
        // A commune-level committee the directory places under no body answers for itself.
        { body: { id: 'ubnd-phuong-hoan-kiem' }, index: 0, lines: [line('CITIZEN_RECEPTION', 1, 0, 1, 0, 0)] },
      ],
    });

    const csv = (await ok(sv.url, `query($period: String!) { coordinationReviewCsv(period: $period) }`, { period: '2026-09' })).coordinationReviewCsv as string;
    expect(csv).toBe(
      '\uFEFF' +
        [
          'period,body,content,due,onTime,late,overdue,pending,bodyIndex,weightsVersion',
          '2026-09,committee,LAWS_AND_CRITIQUE,1,0,1,0,0,40.91,1',
          '2026-09,committee,COUNCIL_SESSIONS,4,2,1,1,0,40.91,1',
          '2026-09,committee,SUPERVISION,1,0,1,0,0,40.91,1',
          '2026-09,committee,VOTER_MEETINGS,1,1,0,0,0,40.91,1',
          '2026-09,committee,CITIZEN_RECEPTION,4,3,1,0,0,40.91,1',
          '2026-09,council,COUNCIL_SESSIONS,1,1,0,0,0,100,1',
          '2026-09,front,LAWS_AND_CRITIQUE,1,1,0,0,0,100,1',
          '2026-09,ubnd-phuong-hoan-kiem,CITIZEN_RECEPTION,1,0,1,0,0,0,1',
        ].join('\r\n') +
        '\r\n',
    );
  });

  it('refuses an unknown agency, an invalid period and an unknown weights version, naming the argument', async () => {
    expect(await failure(sv.url, indexQuery, { agencyId: 'so-khong-co', period: '2026-09' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agencyId' });
    for (const period of ['2026-13', '26-Q1', '2026-Q5']) {
      expect(await failure(sv.url, indexQuery, { agencyId: 'so-tai-chinh', period })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
      expect(await failure(sv.url, rankingQuery, { period, level: 'CITY' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
      expect(await failure(sv.url, reviewQuery, { period })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
      expect(await failure(sv.url, entitiesQuery, { reps: [{ __typename: 'Agency', id: 'so-tai-chinh' }], period })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
    }
    expect(await failure(sv.url, indexQuery, { agencyId: 'so-tai-chinh', period: '2026-09', weightsVersion: 9 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'weightsVersion' });
    const backwards = await failure(sv.url, `{ _entities(representations: [{__typename: "Agency", id: "so-tai-chinh"}]) { ... on Agency { coordinationIndexHistory(from: "2026-10", to: "2026-08") { value } } } }`);
    expect(backwards).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it('versions the weights: only an admin changes them, never to negative or all zero, and old figures stay reproducible', async () => {
    const versions = async () => (await ok(sv.url, versionsQuery)).coordinationIndexWeightVersions;
    const initial = await versions();
    expect(initial.map((v: { version: number }) => v.version)).toEqual([1]);
    expect(initial[0].weights).toContainEqual({ kind: 'AGENDA_DOCUMENT', weight: 3 });
    const before = await figureOf('so-tai-chinh', '2026-09');
    const change = { weights: [{ kind: 'AGENDA_DOCUMENT', weight: 1 }, { kind: 'CASE_RESOLUTION', weight: 4 }], note: 'Sơ kết năm 2026: trọng số giải quyết khiếu nại, tố cáo' };

    expect((await failure(sv.url, weightsMutation, { input: change }, staff.councilClerk)).code).toBe('FORBIDDEN');
    expect(await versions()).toEqual(initial);
    const negative = await failure(sv.url, weightsMutation, { input: { ...change, weights: [{ kind: 'CASE_ANSWER', weight: 2 }, { kind: 'AGENDA_DOCUMENT', weight: -1 }] } });
    expect(negative).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.weights.1.weight' });
    expect(await versions()).toEqual(initial);
    const allZero = Object.keys(obligationKinds).map((kind) => ({ kind, weight: 0 }));
    expect(await failure(sv.url, weightsMutation, { input: { ...change, weights: allZero } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.weights' });
    expect(await versions()).toEqual(initial);

    const set = (await ok(sv.url, weightsMutation, { input: { ...change, note: `  ${change.note} ` } })).setCoordinationIndexWeights;
    expect(set).toMatchObject({ version: 2, note: change.note });
    expect(set.weights).toEqual(expect.arrayContaining([{ kind: 'AGENDA_DOCUMENT', weight: 1 }, { kind: 'CASE_RESOLUTION', weight: 4 }, { kind: 'CASE_ACCEPTANCE', weight: 1 }]));
    const [latest, first] = await versions();
    expect([latest.version, first.version]).toEqual([2, 1]);
    expect(latest).toEqual(set);
    expect(first).toEqual(initial[0]);
    const one = `query($version: Int) { coordinationIndexWeights(version: $version) { version note setAt weights { kind weight } } }`;
    expect((await ok(sv.url, one)).coordinationIndexWeights).toEqual(set);
    expect((await ok(sv.url, one, { version: 1 })).coordinationIndexWeights).toEqual(initial[0]);
    expect(await failure(sv.url, one, { version: 3 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'version' });

    // Version 1 still gives the figure it gave.
    expect(await figureOf('so-tai-chinh', '2026-09', 1)).toEqual(before);
    // Version 2: (1 × 33.33 + 1 × 100 + 1 × 100 + 4 × 0 + 1 × 0) ÷ 8 = 233.33 ÷ 8 = 29.16625 → 29.17
    const now = await figureOf('so-tai-chinh', '2026-09');
    expect(now.value).toBe(29.17);
    expect(now.basis).toEqual({ ...before.basis, weightsVersion: 2 });
    expect(now.components.map((c: { kind: string; weight: number }) => [c.kind, c.weight])).toEqual([
      ['AGENDA_DOCUMENT', 1],
      ['ASSIGNMENT_ANSWER', 1],
      ['CASE_ACCEPTANCE', 1],
      ['CASE_RESOLUTION', 4],
      ['LAW_CONSULTATION_CONTRIBUTION', 1],
    ]);
  });

  it('rebuilds from offset 0 (admin only, one at a time) to the very same figures', async () => {
    const snapshot = async () => ({
      months: await Promise.all(['so-tai-chinh', 'so-xay-dung', 'front', 'ubnd-phuong-hoan-kiem'].map((id) => figureOf(id, '2026-09'))),
      quarter: await figureOf('so-tai-chinh', '2026-Q3', 1),
      year: await figureOf('front', '2026'),
      ranking: (await ok(sv.url, rankingQuery, { period: '2026-09', level: 'CITY' })).coordinationIndexRanking,
      review: (await ok(sv.url, reviewQuery, { period: '2026-09' })).coordinationReview,
      history: (await ok(sv.url, historyQuery, { reps: [{ __typename: 'Agency', id: 'so-tai-chinh' }] }))._entities,
    });
    const before = await snapshot();
    const status = (await ok(sv.url, statusQuery)).coordinationIndexStatus;
    expect(status).toMatchObject({ activeGeneration: 1, lastBuild: { generation: 1, eventCount: 0 }, building: null });

    expect((await failure(sv.url, rebuildMutation, {}, staff.councilLeader)).code).toBe('FORBIDDEN');
    const [first, second] = await Promise.all([callSubgraph(sv.url, rebuildMutation), callSubgraph(sv.url, rebuildMutation)]);
    const outcomes = [first, second].map((result) => (result.errors ? result.errors[0]!.extensions!.code : 'STARTED'));
    expect(outcomes.sort()).toEqual(['CONFLICT', 'STARTED']);
    const started = (first.errors ? second : first).data!.rebuildCoordinationIndex;
    expect(started.generation).toBe(2);
    expect(started.total).toBeGreaterThanOrEqual(indexEventCount());

    await sv.app.indexer.settled();
    const after = (await ok(sv.url, statusQuery)).coordinationIndexStatus;
    // Every message read counts, the redelivered one too: 7 agencies, 32 obligation messages of the others, 4 of supervision.
    expect(after).toMatchObject({ activeGeneration: 2, building: null, lastBuild: { generation: 2, eventCount: 7 + 32 + 4 } });
    expect(after.lastBuild.finishedAt).not.toBeNull();
    expect(await snapshot()).toEqual(before);

    // The new generation's live consumer carries on from where the replay stopped.
    await publisher.publish('council', ...eventsOf({ service: 'council', obligationId: 'agendaItem:ai-7:documents', kind: 'AGENDA_DOCUMENT', agencyId: 'so-tai-chinh', dueOn: '2026-09-28', subject: ['AgendaItem', 'ai-7'], met: '2026-09-27' }));
    // AGENDA_DOCUMENT 2/4 = 50 under weights version 2: (50 + 100 + 100 + 0 + 0) ÷ 8 = 31.25
    const updated = await eventually(async () => {
      const figure = await figureOf('so-tai-chinh', '2026-09');
      return figure.basis.eventCount === 18 && figure;
    });
    expect(updated.value).toBe(31.25);
    expect((await ok(sv.url, statusQuery)).coordinationIndexStatus.activeGeneration).toBe(2);
  }, 180_000);
});
