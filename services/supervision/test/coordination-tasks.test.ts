import { councilEvents, frontEvents, supervisionEvents } from '@hanoi/contracts';
import { parseCalendarDate } from '@hanoi/platform';
import { eventually } from '@hanoi/platform/testing';
import { fiveClear } from '../src/domain/coordination-task';
import { preparationConsumerGroup } from '../src/events/consumers';
import {
  caughtUp,
  collectSupervisionEvents,
  daysFromToday,
  failure,
  ok,
  person,
  programmeIn,
  recommendationOf,
  staff,
  startPublisher,
  startSupervision,
  type Publisher,
  type Supervision,
} from './support';

const taskFields = `id title responsible { kind id name position } fiveClearGaps agency { id } dueOn milestones { title dueOn doneOn }
  expectedResult content status doneOn result late source councilSession { id } agendaItem { id } recommendation { id } plan { id }`;
const createTask = `mutation($input: CreateCoordinationTaskInput!) { createCoordinationTask(input: $input) { ${taskFields} } }`;
const completeTask = `mutation($id: ID!, $input: CompleteCoordinationTaskInput!) { completeCoordinationTask(id: $id, input: $input) { id status doneOn result late } }`;
const cancelTask = `mutation($id: ID!, $reason: String!) { cancelCoordinationTask(id: $id, reason: $reason) { id status result late } }`;
const milestone = `mutation($id: ID!, $input: RecordCoordinationTaskMilestoneInput!) { recordCoordinationTaskMilestone(id: $id, input: $input) { id milestones { title dueOn doneOn } } }`;
const taskQuery = `query($id: ID!) { coordinationTask(id: $id) { ${taskFields} } }`;
const sessionTasks = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on CouncilSession { id preparationTasks { ${taskFields} } } } }`;
const day = parseCalendarDate;

const taskInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'Báo cáo tiến độ xử lý công trình vi phạm trật tự xây dựng',
  responsible: person(),
  agencyId: 'so-xay-dung',
  dueOn: daysFromToday(14),
  expectedResult: 'Báo cáo bằng văn bản gửi Thường trực HĐND thành phố',
  content: 'SUPERVISION',
  ...overrides,
});

describe('supervision subgraph: "5 rõ" coordination tasks', () => {
  let sv: Supervision;
  let publisher: Publisher;
  let events: Awaited<ReturnType<typeof collectSupervisionEvents>>;
  const read = async (id: string) => (await ok(sv.url, taskQuery, { id })).coordinationTask;
  const count = async () => (await ok(sv.url, '{ coordinationTasks { totalCount } }')).coordinationTasks.totalCount as number;
  const obligationEvents = (taskId: string) => events.events.filter((event) => event.data.obligationId === `coordinationTask:${taskId}`);
  const eventTypes = async (taskId: string, expected: string[]) =>
    eventually(async () => {
      const types = obligationEvents(taskId).map((event) => event.type);
      return types.length >= expected.length && types;
    });

  beforeAll(async () => {
    sv = await startSupervision();
    publisher = await startPublisher(sv);
    events = await collectSupervisionEvents(sv);
  });
  afterAll(async () => {
    await events.stop();
    await publisher.stop();
    await sv.stop();
  });

  it('creates a task with the five clear elements (a person by reference, milestones) and its obligation', async () => {
    const milestones = [
      { title: 'Dự thảo báo cáo', dueOn: daysFromToday(5) },
      { title: 'Trình lãnh đạo Sở ký', dueOn: daysFromToday(10) },
    ];
    const { createCoordinationTask: task } = await ok(sv.url, createTask, { input: taskInput({ milestones, councilSessionId: 'session-manual' }) }, staff.councilClerk);
    expect(task).toMatchObject({
      title: taskInput().title,
      responsible: person(),
      fiveClearGaps: [],
      agency: { id: 'so-xay-dung' },
      dueOn: daysFromToday(14),
      milestones: milestones.map((m) => ({ ...m, doneOn: null })),
      content: 'SUPERVISION',
      status: 'OPEN',
      doneOn: null,
      late: false,
      source: 'MANUAL',
      councilSession: { id: 'session-manual' },
      agendaItem: null,
      plan: null,
    });
    expect(await read(task.id)).toEqual(task);

    await eventTypes(task.id, ['opened']);
    const [opened] = obligationEvents(task.id);
    expect(opened!.type).toBe(supervisionEvents.obligation.opened.type);
    expect(supervisionEvents.obligation.opened.parse(opened!)).toEqual({
      obligationId: `coordinationTask:${task.id}`,
      kind: 'COORDINATION_TASK',
      agencyId: 'so-xay-dung',
      dueOn: day(daysFromToday(14)),
      subject: { type: 'CoordinationTask', id: task.id },
      content: 'SUPERVISION',
      basis: 'Nhiệm vụ phối hợp ("5 rõ")',
      councilSessionId: 'session-manual',
      title: taskInput().title,
    });

    const other = (await ok(sv.url, createTask, { input: taskInput({ agencyId: 'so-tai-chinh', dueOn: daysFromToday(40) }) }, staff.frontClerk)).createCoordinationTask;
    const list = async (filter: Record<string, unknown>) =>
      (await ok(sv.url, `query($f: CoordinationTaskFilter) { coordinationTasks(filter: $f) { edges { node { id } } } }`, { f: filter })).coordinationTasks.edges.map(
        (edge: { node: { id: string } }) => edge.node.id,
      );
    expect(await list({ agencyId: 'so-tai-chinh' })).toEqual([other.id]);
    expect(await list({ councilSessionId: 'session-manual' })).toEqual([task.id]);
    expect(await list({ source: 'MANUAL', status: 'OPEN' })).toEqual([task.id, other.id]);
    expect(await list({ dueFrom: daysFromToday(30) })).toEqual([other.id]);
    expect(await list({ dueTo: daysFromToday(30), source: 'MANUAL' })).toEqual([task.id]);
    expect(await failure(sv.url, '{ coordinationTasks(first: 101) { totalCount } }')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('refuses a task missing one of the "5 rõ", naming it, and writes nothing', async () => {
    const before = await count();
    const refused = async (input: Record<string, unknown>) => failure(sv.url, createTask, { input }, staff.councilClerk);
    for (const [field, principle] of [
      ['title', 'rõ việc'],
      ['agencyId', 'rõ trách nhiệm'],
      ['expectedResult', 'rõ hiệu quả'],
    ] as const) {
      const error = await refused(taskInput({ [field]: '  ' }));
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: `input.${field}` });
      expect(error.message).toContain(principle);
    }
    // Rõ người and rõ tiến độ are non-null in the contract: left out, GraphQL refuses them before any resolver runs.
    const { responsible: _responsible, ...nobody } = taskInput();
    const noPerson = await refused(nobody);
    expect(noPerson.code).toBe('BAD_USER_INPUT');
    expect(noPerson.message).toContain('responsible');
    const { dueOn: _dueOn, ...noDeadline } = taskInput();
    expect((await refused(noDeadline)).message).toContain('dueOn');
    expect(await refused(taskInput({ responsible: person({ name: ' ' }) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.responsible.name' });

    const lateMilestone = await refused(taskInput({ milestones: [{ title: 'Dự thảo', dueOn: daysFromToday(1) }, { title: 'Ký', dueOn: daysFromToday(15) }] }));
    expect(lateMilestone).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.milestones.1.dueOn' });
    expect(await refused(taskInput({ content: null }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.content' });
    expect(await refused(taskInput({ content: null, recommendationId: 'missing' }))).toMatchObject({ code: 'NOT_FOUND', field: 'input.recommendationId' });
    expect(await count()).toBe(before);

    // Without a content, a task takes that of what it serves.
    const forSession = (await ok(sv.url, createTask, { input: taskInput({ content: null, councilSessionId: 'session-manual-2' }) }, staff.councilClerk)).createCoordinationTask;
    expect(forSession.content).toBe('COUNCIL_SESSIONS');
    const programme = await programmeIn(sv.url, 'IN_PROGRESS');
    const recommendation = await recommendationOf(sv.url, programme, 'so-xay-dung', daysFromToday(60));
    const forRecommendation = (await ok(sv.url, createTask, { input: taskInput({ content: null, recommendationId: recommendation }) }, staff.councilClerk))
      .createCoordinationTask;
    expect(forRecommendation).toMatchObject({ content: 'SUPERVISION', recommendation: { id: recommendation } });
    const tasks = await ok(sv.url, `query($id: ID!) { supervisionRecommendation(id: $id) { tasks { id } } }`, { id: recommendation });
    expect(tasks.supervisionRecommendation.tasks).toEqual([{ id: forRecommendation.id }]);
  });

  it('lets only supervising bodies create tasks', async () => {
    const before = await count();
    expect((await failure(sv.url, createTask, { input: taskInput() }, staff.committeeClerk)).code).toBe('FORBIDDEN');
    expect((await failure(sv.url, createTask, { input: taskInput() }, staff.constructionHandler)).code).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
  });

  it('records milestones, completes an open task once (its obligation met), and refuses changes to a closed task', async () => {
    const milestones = [{ title: 'Dự thảo', dueOn: daysFromToday(-8) }, { title: 'Trình ký', dueOn: daysFromToday(-6) }];
    const task = (await ok(sv.url, createTask, { input: taskInput({ dueOn: daysFromToday(-5), milestones }) }, staff.councilClerk)).createCoordinationTask;
    expect(task.late).toBe(true);

    const reached = await ok(sv.url, milestone, { id: task.id, input: { index: 1, doneOn: daysFromToday(-7) } }, staff.constructionHandler);
    expect(reached.recordCoordinationTaskMilestone.milestones).toEqual([
      { ...milestones[0], doneOn: null },
      { ...milestones[1], doneOn: daysFromToday(-7) },
    ]);
    expect(await failure(sv.url, milestone, { id: task.id, input: { index: 1, doneOn: daysFromToday(-7) } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.index' });
    expect(await failure(sv.url, milestone, { id: task.id, input: { index: 2, doneOn: daysFromToday(-7) } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.index' });
    expect(await failure(sv.url, milestone, { id: task.id, input: { index: -1, doneOn: daysFromToday(-7) } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.index' });
    expect((await failure(sv.url, milestone, { id: task.id, input: { index: 0, doneOn: daysFromToday(-7) } }, staff.financeClerk)).code).toBe('FORBIDDEN');

    const input = { doneOn: daysFromToday(0), result: 'Đã gửi báo cáo số 123/BC-SXD' };
    expect((await failure(sv.url, completeTask, { id: task.id, input }, staff.financeClerk)).code).toBe('FORBIDDEN');
    expect(await failure(sv.url, completeTask, { id: task.id, input: { ...input, doneOn: daysFromToday(1) } }, staff.constructionHandler)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.doneOn',
    });
    const done = await ok(sv.url, completeTask, { id: task.id, input }, staff.constructionHandler);
    expect(done.completeCoordinationTask).toEqual({ id: task.id, status: 'DONE', doneOn: input.doneOn, result: input.result, late: true });

    expect(await failure(sv.url, completeTask, { id: task.id, input }, staff.councilClerk)).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect(await failure(sv.url, cancelTask, { id: task.id, reason: 'Không còn cần thiết' }, staff.councilClerk)).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect(await failure(sv.url, milestone, { id: task.id, input: { index: 0, doneOn: daysFromToday(0) } }, staff.councilClerk)).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect((await failure(sv.url, completeTask, { id: 'missing', input }, staff.councilClerk)).code).toBe('NOT_FOUND');

    const types = await eventTypes(task.id, ['opened', 'met']);
    expect(types).toEqual([supervisionEvents.obligation.opened.type, supervisionEvents.obligation.met.type]);
    expect(supervisionEvents.obligation.met.parse(obligationEvents(task.id)[1]!).metOn).toEqual(day(input.doneOn));
    const milestoneEvent = await eventually(async () => events.events.find((event) => event.subject === task.id && event.type === supervisionEvents.taskMilestoneReached.type));
    expect(supervisionEvents.taskMilestoneReached.parse(milestoneEvent)).toMatchObject({ milestoneIndex: 1, milestoneDueOn: day(daysFromToday(-6)), milestoneDoneOn: day(daysFromToday(-7)) });

    const onTime = (await ok(sv.url, createTask, { input: taskInput({ dueOn: daysFromToday(3) }) }, staff.councilClerk)).createCoordinationTask;
    expect((await ok(sv.url, completeTask, { id: onTime.id, input }, staff.councilLeader)).completeCoordinationTask).toMatchObject({ status: 'DONE', late: false });
  });

  it('cancels an open task with the reason, and its obligation with it', async () => {
    const task = (await ok(sv.url, createTask, { input: taskInput() }, staff.councilClerk)).createCoordinationTask;
    expect(await failure(sv.url, cancelTask, { id: task.id, reason: ' ' }, staff.councilClerk)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const cancelled = await ok(sv.url, cancelTask, { id: task.id, reason: 'Nội dung đã được lồng ghép vào kế hoạch năm' }, staff.constructionHandler);
    expect(cancelled.cancelCoordinationTask).toEqual({ id: task.id, status: 'CANCELLED', result: 'Nội dung đã được lồng ghép vào kế hoạch năm', late: false });
    expect(await failure(sv.url, cancelTask, { id: task.id, reason: 'Lần nữa' }, staff.councilClerk)).toMatchObject({ code: 'CONFLICT', field: 'id' });
    const types = await eventTypes(task.id, ['opened', 'cancelled']);
    expect(types).toEqual([supervisionEvents.obligation.opened.type, supervisionEvents.obligation.cancelled.type]);
    expect(supervisionEvents.obligation.cancelled.parse(obligationEvents(task.id)[1]!)).toMatchObject({ on: day(daysFromToday(0)), reason: 'task cancelled' });
  });

  describe('session preparation from council and front obligations (F3)', () => {
    const sessionId = 'session-2026-12';
    const groupId = () => preparationConsumerGroup(sv.config.KAFKA_TOPIC_PREFIX);
    const consumed = () => caughtUp(sv, groupId(), ['council', 'front']);
    const documents = (itemId: string, agencyId: string, dueOn: string, councilSessionId: string | null = sessionId) =>
      councilEvents.obligation.opened.event(itemId, {
        obligationId: `agendaItem:${itemId}:documents`,
        kind: 'AGENDA_DOCUMENT',
        agencyId,
        dueOn: day(dueOn),
        subject: { type: 'AgendaItem', id: itemId },
        content: 'COUNCIL_SESSIONS',
        basis: 'Quy chế phối hợp: tài liệu gửi Thường trực HĐND chậm nhất 15 ngày trước kỳ họp',
        councilSessionId,
        title: 'Tờ trình dự toán ngân sách thành phố năm 2027',
      });
    const programmeOpened = councilEvents.obligation.opened.event(sessionId, {
      obligationId: `councilSession:${sessionId}:programme`,
      kind: 'SESSION_PROGRAMME',
      agencyId: 'council',
      dueOn: day('2026-11-25'),
      subject: { type: 'CouncilSession', id: sessionId },
      content: 'COUNCIL_SESSIONS',
      basis: 'Quy chế phối hợp: chương trình kỳ họp gửi đại biểu theo hạn gửi tài liệu',
      councilSessionId: sessionId,
      title: null,
    });
    const voterReportOpened = frontEvents.obligation.opened.event('voter-report-1', {
      obligationId: `voterOpinionReport:${sessionId}`,
      kind: 'VOTER_OPINION_REPORT',
      agencyId: 'front',
      dueOn: day('2026-12-01'),
      subject: { type: 'VoterOpinionReport', id: 'voter-report-1' },
      content: 'COUNCIL_SESSIONS',
      basis: 'Quy chế phối hợp: báo cáo tổng hợp ý kiến, kiến nghị cử tri gửi kỳ họp thường lệ',
      councilSessionId: sessionId,
      title: 'Báo cáo tổng hợp ý kiến, kiến nghị cử tri — kỳ họp thứ 3',
    });
    const questionOpened = councilEvents.obligation.opened.event('question-1', {
      obligationId: 'question:question-1:answer',
      kind: 'QUESTION_ANSWER',
      agencyId: 'so-xay-dung',
      dueOn: day('2026-12-08'),
      subject: { type: 'Question', id: 'question-1' },
      content: 'SUPERVISION',
      basis: 'Luật Tổ chức chính quyền địa phương: trả lời chất vấn tại kỳ họp',
      councilSessionId: sessionId,
      title: null,
    });
    const agendaOpened = documents('agenda-item-42', 'so-tai-chinh', '2026-11-20');
    const tasksOf = async (...sessions: string[]) =>
      (await ok(sv.url, sessionTasks, { reps: sessions.map((id) => ({ __typename: 'CouncilSession', id })) }))._entities.map(
        (session: { preparationTasks: Record<string, any>[] }) => session.preparationTasks,
      );
    const preparation = (tasks: Record<string, any>[]) => tasks.filter((task) => task.source === 'SESSION_PREPARATION');

    it('opens one task per obligation that prepares a session, once however often it is delivered', async () => {
      await publisher.publish('council', agendaOpened, programmeOpened, questionOpened, documents('agenda-item-9', 'so-xay-dung', '2026-11-20', null), agendaOpened);
      await publisher.publish('front', voterReportOpened, voterReportOpened);
      await consumed();

      const [tasks] = await tasksOf(sessionId);
      expect(tasks.map((task: { agency: { id: string } }) => task.agency.id)).toEqual(['so-tai-chinh', 'council', 'front']);
      const [agenda, programme, voterReport] = tasks;
      for (const task of tasks) {
        expect(task).toMatchObject({ source: 'SESSION_PREPARATION', status: 'OPEN', responsible: null, fiveClearGaps: [fiveClear.responsible], content: 'COUNCIL_SESSIONS', councilSession: { id: sessionId }, late: true });
        expect(task.fiveClearGaps[0]).toContain('rõ người');
      }
      expect(agenda).toMatchObject({ dueOn: '2026-11-20', agendaItem: { id: 'agenda-item-42' }, title: 'Gửi tài liệu nội dung trình kỳ họp (agenda item documents): Tờ trình dự toán ngân sách thành phố năm 2027' });
      expect(programme).toMatchObject({ dueOn: '2026-11-25', agendaItem: null, title: 'Chuẩn bị chương trình kỳ họp (session programme)' });
      expect(voterReport).toMatchObject({ dueOn: '2026-12-01', agendaItem: null });
      expect(voterReport.title).toContain('Báo cáo tổng hợp ý kiến');
      // No task for an obligation without a session or one that does not prepare it (a question's answer).
      const all = await ok(sv.url, `{ coordinationTasks(first: 100, filter: {source: SESSION_PREPARATION}) { totalCount } }`);
      expect(all.coordinationTasks.totalCount).toBe(3);
      // Preparation tasks owe no COORDINATION_TASK obligation of their own: council and front publish theirs.
      for (const task of tasks) expect(obligationEvents(task.id)).toEqual([]);
      const created = await eventually(async () => events.events.find((event) => event.subject === agenda.id && event.type === supervisionEvents.taskCreated.type));
      expect(supervisionEvents.taskCreated.parse(created)).toMatchObject({ source: 'SESSION_PREPARATION', obligationId: 'agendaItem:agenda-item-42:documents', councilSessionId: sessionId });
    });

    it('refuses to close a preparation task by hand', async () => {
      const [[agenda]] = await tasksOf(sessionId);
      const refused = await failure(sv.url, completeTask, { id: agenda.id, input: { doneOn: daysFromToday(0), result: 'Đã gửi' } }, staff.councilClerk);
      expect(refused).toMatchObject({ code: 'CONFLICT', field: 'id' });
      expect(refused.message).toMatch(/closed by the event/);
      expect(await failure(sv.url, cancelTask, { id: agenda.id, reason: 'x' }, staff.councilClerk)).toMatchObject({ code: 'CONFLICT', field: 'id' });
      expect((await read(agenda.id)).status).toBe('OPEN');
    });

    it('follows its obligation: met closes it on that day, rescheduled moves it, cancelled cancels it', async () => {
      const met = councilEvents.obligation.met.event('agenda-item-42', { obligationId: 'agendaItem:agenda-item-42:documents', metOn: day('2026-11-23') });
      await publisher.publish('council', met, met);
      await publisher.publish(
        'council',
        councilEvents.obligation.rescheduled.event(sessionId, {
          obligationId: `councilSession:${sessionId}:programme`,
          dueOn: day(daysFromToday(10)),
          previousDueOn: day('2026-11-25'),
          on: day('2026-11-20'),
          reason: 'Kỳ họp lùi lịch',
        }),
        councilEvents.obligation.met.event('agenda-item-9', { obligationId: 'agendaItem:agenda-item-9:documents', metOn: day('2026-11-19') }),
      );
      await publisher.publish('front', frontEvents.obligation.cancelled.event('voter-report-1', { obligationId: `voterOpinionReport:${sessionId}`, on: day('2026-11-28'), reason: 'Kỳ họp chuyên đề: không có báo cáo cử tri' }));
      await consumed();

      const [tasks] = await tasksOf(sessionId);
      const byAgency = Object.fromEntries(tasks.map((task: { agency: { id: string } }) => [task.agency.id, task]));
      expect(byAgency['so-tai-chinh']).toMatchObject({ status: 'DONE', doneOn: '2026-11-23', late: true });
      expect(byAgency.council).toMatchObject({ status: 'OPEN', dueOn: daysFromToday(10), late: false });
      expect(byAgency.front).toMatchObject({ status: 'CANCELLED', result: 'Kỳ họp chuyên đề: không có báo cáo cử tri', late: false });
      expect(tasks).toHaveLength(3);
      expect((await ok(sv.url, `{ coordinationTasks(first: 100, filter: {source: SESSION_PREPARATION}) { totalCount } }`)).coordinationTasks.totalCount).toBe(3);

      // Met on time: not late.
      const onTime = documents('agenda-item-43', 'so-xay-dung', '2026-11-20', 'session-2027-01');
      await publisher.publish('council', onTime, councilEvents.obligation.met.event('agenda-item-43', { obligationId: 'agendaItem:agenda-item-43:documents', metOn: day('2026-11-20') }));
      await consumed();
      expect(preparation((await tasksOf('session-2027-01'))[0])).toEqual([expect.objectContaining({ status: 'DONE', doneOn: '2026-11-20', late: false })]);

      // Owed again after it was cancelled: the same task opens again with the new due day.
      await publisher.publish('front', frontEvents.obligation.opened.event('voter-report-1', { ...frontEvents.obligation.opened.parse(voterReportOpened), dueOn: day('2026-12-05') }));
      await consumed();
      const reopened = (await tasksOf(sessionId))[0].find((task: { agency: { id: string } }) => task.agency.id === 'front');
      expect(reopened).toMatchObject({ id: byAgency.front.id, status: 'OPEN', dueOn: '2026-12-05', result: null });
    });

    it('adds preparationTasks to several council sessions with one query, with the tasks made by hand for them', async () => {
      const reps = [sessionId, 'session-manual', 'session-none'].map((id) => ({ __typename: 'CouncilSession', id }));
      const before = await sv.settledCommandCount();
      const result = await ok(sv.url, `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on CouncilSession { id preparationTasks { id dueOn source } } } }`, { reps });
      expect(sv.app.runtime.database.commandCount() - before).toBe(1);
      expect(result._entities.map((session: { preparationTasks: unknown[] }) => session.preparationTasks.length)).toEqual([3, 1, 0]);
      expect(result._entities[1].preparationTasks[0].source).toBe('MANUAL');
      // Earliest due first.
      expect(result._entities[0].preparationTasks[0].dueOn).toBe('2026-11-20');
    });

    it('names an agency’s focal point (its leader), who becomes the person of its open preparation tasks', async () => {
      const setFocalPoint = `mutation($agencyId: ID!, $input: PersonInput!) { setCoordinationFocalPoint(agencyId: $agencyId, input: $input) { agency { id } person { kind id name position } setAt } }`;
      await publisher.publish('council', documents('agenda-item-44', 'so-tai-chinh', daysFromToday(20), 'session-2027-01'), documents('agenda-item-45', 'so-xay-dung', daysFromToday(20), 'session-2027-01'));
      await consumed();
      const focal = person({ id: 'so-tai-chinh-user-3', name: 'Trần Thị Bình', position: 'Chánh Văn phòng Sở Tài chính' });

      expect((await failure(sv.url, setFocalPoint, { agencyId: 'so-tai-chinh', input: focal }, staff.financeClerk)).code).toBe('FORBIDDEN');
      expect((await failure(sv.url, setFocalPoint, { agencyId: 'so-tai-chinh', input: focal }, staff.constructionLeader)).code).toBe('FORBIDDEN');
      const deputy = await failure(sv.url, setFocalPoint, { agencyId: 'so-tai-chinh', input: { ...focal, kind: 'COUNCIL_DEPUTY' } }, staff.financeLeader);
      expect(deputy).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.kind' });
      expect((await ok(sv.url, '{ coordinationFocalPoints { agency { id } } }')).coordinationFocalPoints).toEqual([]);

      const set = await ok(sv.url, setFocalPoint, { agencyId: 'so-tai-chinh', input: focal }, staff.financeLeader);
      expect(set.setCoordinationFocalPoint).toMatchObject({ agency: { id: 'so-tai-chinh' }, person: focal });
      const points = await ok(sv.url, '{ coordinationFocalPoints { agency { id } person { id } } }');
      expect(points.coordinationFocalPoints).toEqual([{ agency: { id: 'so-tai-chinh' }, person: { id: focal.id } }]);

      const [[agenda], nextSession] = await tasksOf(sessionId, 'session-2027-01');
      // The task already closed keeps its history; the open one of the agency gets the person; other agencies' do not.
      expect(agenda).toMatchObject({ agency: { id: 'so-tai-chinh' }, status: 'DONE', responsible: null });
      const open = preparation(nextSession).filter((task) => task.status === 'OPEN');
      expect(open.map((task) => [task.agency.id, task.responsible?.id ?? null, task.fiveClearGaps.length])).toEqual(
        expect.arrayContaining([
          ['so-tai-chinh', focal.id, 0],
          ['so-xay-dung', null, 1],
        ]),
      );

      // A task opened afterwards takes the focal point from the start.
      await publisher.publish('council', documents('agenda-item-46', 'so-tai-chinh', daysFromToday(25), 'session-2027-01'));
      await consumed();
      const later = preparation((await tasksOf('session-2027-01'))[0]).find((task) => task.agendaItem?.id === 'agenda-item-46');
      expect(later).toMatchObject({ responsible: focal, fiveClearGaps: [] });
    });
  });

  describe('the annual coordination plan', () => {
    const createPlan = `mutation($input: CreateCoordinationPlanInput!) { createCoordinationPlan(input: $input) { id year title items { id } } }`;
    const addItem = `mutation($planId: ID!, $input: CreateCoordinationTaskInput!) { addCoordinationPlanItem(planId: $planId, input: $input) { ${taskFields} } }`;

    it('takes one plan a year from the four bodies, and items due within its year', async () => {
      const title = 'Kế hoạch phối hợp năm 2027 giữa Đoàn ĐBQH, Thường trực HĐND, UBND và Ủy ban MTTQ thành phố';
      expect((await failure(sv.url, createPlan, { input: { year: 2027, title } }, staff.constructionHandler)).code).toBe('FORBIDDEN');
      const plan = (await ok(sv.url, createPlan, { input: { year: 2027, title } }, staff.committeeClerk)).createCoordinationPlan;
      expect(plan).toMatchObject({ year: 2027, title, items: [] });
      expect((await failure(sv.url, createPlan, { input: { year: 2027, title: 'Kế hoạch khác' } }, staff.councilClerk)).code).toBe('CONFLICT');
      expect(await failure(sv.url, createPlan, { input: { year: 1999, title } }, staff.councilClerk)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.year' });
      await ok(sv.url, createPlan, { input: { year: 2026, title: 'Kế hoạch phối hợp năm 2026' } }, staff.frontClerk);

      const item = taskInput({ title: 'Tổ chức hội nghị tiếp xúc cử tri trước kỳ họp giữa năm', agencyId: 'front', content: 'VOTER_MEETINGS', dueOn: '2027-06-15' });
      expect(await failure(sv.url, addItem, { planId: plan.id, input: { ...item, dueOn: '2028-01-10' } }, staff.councilClerk)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.dueOn' });
      expect(await failure(sv.url, addItem, { planId: 'missing', input: item }, staff.councilClerk)).toMatchObject({ code: 'NOT_FOUND', field: 'planId' });
      expect((await failure(sv.url, addItem, { planId: plan.id, input: item }, staff.constructionHandler)).code).toBe('FORBIDDEN');
      const added = (await ok(sv.url, addItem, { planId: plan.id, input: item }, staff.councilClerk)).addCoordinationPlanItem;
      expect(added).toMatchObject({ source: 'PLAN', plan: { id: plan.id }, content: 'VOTER_MEETINGS', dueOn: '2027-06-15', status: 'OPEN', responsible: person() });
      const second = (await ok(sv.url, addItem, { planId: plan.id, input: { ...item, title: 'Sơ kết 6 tháng thực hiện quy chế phối hợp', dueOn: '2027-03-31' } }, staff.delegationClerk))
        .addCoordinationPlanItem;

      const read = await ok(sv.url, `query($id: ID!) { coordinationPlan(id: $id) { id year items { id source } } }`, { id: plan.id });
      expect(read.coordinationPlan.items).toEqual([
        { id: second.id, source: 'PLAN' },
        { id: added.id, source: 'PLAN' },
      ]);
      const plans = await ok(sv.url, '{ coordinationPlans { totalCount edges { node { year } } } }');
      expect(plans.coordinationPlans.edges.map((edge: { node: { year: number } }) => edge.node.year)).toEqual([2027, 2026]);

      await eventTypes(added.id, ['opened']);
      const [opened] = obligationEvents(added.id);
      expect(supervisionEvents.obligation.opened.parse(opened!)).toMatchObject({
        kind: 'COORDINATION_TASK',
        agencyId: 'front',
        content: 'VOTER_MEETINGS',
        basis: 'Kế hoạch phối hợp hằng năm',
        dueOn: day('2027-06-15'),
      });
    });
  });
});
