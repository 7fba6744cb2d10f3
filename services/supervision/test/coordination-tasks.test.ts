import { createEvent, formatCalendarDate, hanoiToday } from '@hanoi/platform';
import { eventually } from '@hanoi/platform/testing';
import { Kafka, logLevel } from 'kafkajs';
import { agendaDocumentsTaskId, councilConsumerGroup } from '../src/events/consumers';
import { failure, ok, staff, startSupervision, startTestBus, type Supervision } from './support';

const createTask = `mutation($input: CreateCoordinationTaskInput!) {
  createCoordinationTask(input: $input) {
    id title responsiblePerson agency { id } dueOn expectedResult status doneOn result late source councilSession { id }
  }
}`;
const completeTask = `mutation($id: ID!, $input: CompleteCoordinationTaskInput!) {
  completeCoordinationTask(id: $id, input: $input) { id status doneOn result late }
}`;
const sessionTasks = `query($id: ID) {
  coordinationTasks(filter: {councilSessionId: $id}, first: 100) {
    totalCount edges { node { id title agency { id } dueOn status doneOn result late source agendaItem { id } councilSession { id } } }
  }
}`;
const daysFromToday = (days: number) => formatCalendarDate(new Date(hanoiToday().getTime() + days * 86_400_000));
const taskInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'Báo cáo tiến độ xử lý công trình vi phạm trật tự xây dựng',
  responsiblePerson: 'Phó Giám đốc Sở Xây dựng Nguyễn Văn A',
  agencyId: 'so-xay-dung',
  dueOn: daysFromToday(14),
  expectedResult: 'Báo cáo bằng văn bản gửi Thường trực HĐND thành phố',
  ...overrides,
});

describe('supervision subgraph: "5 rõ" coordination tasks', () => {
  let sv: Supervision;
  beforeAll(async () => {
    sv = await startSupervision();
  });
  afterAll(() => sv.stop());

  it('creates a task with the five clear elements, reads it and filters the list', async () => {
    const { createCoordinationTask: task } = await ok(sv.url, createTask, { input: taskInput({ councilSessionId: 'session-manual' }) }, staff.councilClerk);
    expect(task).toMatchObject({
      agency: { id: 'so-xay-dung' },
      status: 'OPEN',
      doneOn: null,
      late: false,
      source: 'MANUAL',
      councilSession: { id: 'session-manual' },
    });
    const other = (await ok(sv.url, createTask, { input: taskInput({ agencyId: 'so-tai-chinh', dueOn: daysFromToday(40) }) }, staff.frontClerk))
      .createCoordinationTask;
    const read = await ok(sv.url, `query($id: ID!) { coordinationTask(id: $id) { id responsiblePerson } }`, { id: task.id });
    expect(read.coordinationTask).toEqual({ id: task.id, responsiblePerson: taskInput().responsiblePerson });

    const list = async (filter: Record<string, unknown>) =>
      (await ok(sv.url, `query($f: CoordinationTaskFilter) { coordinationTasks(filter: $f) { edges { node { id } } } }`, { f: filter }))
        .coordinationTasks.edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(await list({ agencyId: 'so-tai-chinh' })).toEqual([other.id]);
    expect(await list({ councilSessionId: 'session-manual' })).toEqual([task.id]);
    expect(await list({ source: 'MANUAL', status: 'OPEN' })).toEqual([task.id, other.id]);
    expect(await list({ dueFrom: daysFromToday(30) })).toEqual([other.id]);
    expect(await list({ dueTo: daysFromToday(30), source: 'MANUAL' })).toEqual([task.id]);
    const capped = await failure(sv.url, '{ coordinationTasks(first: 101) { totalCount } }');
    expect(capped).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('refuses a task missing one of the "5 rõ" with the field, and writes nothing', async () => {
    const count = async () => (await ok(sv.url, '{ coordinationTasks { totalCount } }')).coordinationTasks.totalCount as number;
    const before = await count();
    const person = await failure(sv.url, createTask, { input: taskInput({ responsiblePerson: '   ' }) }, staff.councilClerk);
    expect(person).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.responsiblePerson' });
    expect(person.message).toContain('rõ người');
    const result = await failure(sv.url, createTask, { input: taskInput({ expectedResult: '' }) }, staff.councilClerk);
    expect(result).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.expectedResult' });
    const agency = await failure(sv.url, createTask, { input: taskInput({ agencyId: '' }) }, staff.councilClerk);
    expect(agency).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.agencyId' });
    // Left out altogether, the contract (non-null input fields) refuses it before any resolver runs.
    const { dueOn: _dueOn, ...noDeadline } = taskInput();
    expect((await failure(sv.url, createTask, { input: noDeadline }, staff.councilClerk)).code).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(before);
  });

  it('lets only supervising bodies create tasks', async () => {
    expect((await failure(sv.url, createTask, { input: taskInput() }, staff.committeeClerk)).code).toBe('FORBIDDEN');
    expect((await failure(sv.url, createTask, { input: taskInput() }, staff.constructionHandler)).code).toBe('FORBIDDEN');
  });

  it('completes an open task once (the responsible agency may), derives late, and refuses a second completion', async () => {
    const overdueTask = (await ok(sv.url, createTask, { input: taskInput({ dueOn: daysFromToday(-5) }) }, staff.councilClerk)).createCoordinationTask;
    expect(overdueTask.late).toBe(true);
    const input = { doneOn: daysFromToday(0), result: 'Đã gửi báo cáo số 123/BC-SXD' };
    expect((await failure(sv.url, completeTask, { id: overdueTask.id, input }, staff.financeClerk)).code).toBe('FORBIDDEN');
    const future = await failure(sv.url, completeTask, { id: overdueTask.id, input: { ...input, doneOn: daysFromToday(1) } }, staff.constructionHandler);
    expect(future).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.doneOn' });

    const done = await ok(sv.url, completeTask, { id: overdueTask.id, input }, staff.constructionHandler);
    expect(done.completeCoordinationTask).toEqual({ id: overdueTask.id, status: 'DONE', doneOn: input.doneOn, result: input.result, late: true });
    expect((await failure(sv.url, completeTask, { id: overdueTask.id, input }, staff.councilClerk)).code).toBe('CONFLICT');
    expect((await failure(sv.url, completeTask, { id: 'missing', input }, staff.councilClerk)).code).toBe('NOT_FOUND');

    const onTime = (await ok(sv.url, createTask, { input: taskInput({ dueOn: daysFromToday(3) }) }, staff.councilClerk)).createCoordinationTask;
    const doneOnTime = await ok(sv.url, completeTask, { id: onTime.id, input }, staff.councilLeader);
    expect(doneOnTime.completeCoordinationTask).toMatchObject({ status: 'DONE', late: false });
  });

  describe('flow F3: council session preparation over Kafka', () => {
    let bus: Awaited<ReturnType<typeof startTestBus>>;
    const kafka = new Kafka({ clientId: 'supervision-f3-test', brokers: ['127.0.0.1:9092'], logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    let topic: string;
    let published = 0;
    const publish = async (event: ReturnType<typeof createEvent>) => {
      await bus.publish(topic, [event]);
      published++;
    };
    /** The consumer group has committed past every message published so far (handled or skipped). */
    const consumedAll = () =>
      eventually(async () => {
        const [offsets] = await admin.fetchOffsets({ groupId: councilConsumerGroup(sv.app.runtime), topics: [topic] });
        const committed = (offsets?.partitions ?? []).reduce((sum, p) => sum + Math.max(Number(p.offset), 0), 0);
        return committed >= published;
      });

    const scheduled = createEvent({
      service: 'council',
      entity: 'councilSession',
      verb: 'scheduled',
      subject: 'session-2026-12',
      data: {
        councilSessionId: 'session-2026-12',
        term: '2026-2031',
        number: 3,
        kind: 'REGULAR',
        opensOn: '2026-12-08',
        closesOn: '2026-12-10',
        documentDueOn: '2026-12-01',
      },
    });

    beforeAll(async () => {
      bus = await startTestBus('supervision-f3-test');
      await admin.connect();
      topic = sv.app.runtime.topic('council');
    });
    afterAll(async () => {
      await admin.disconnect();
      await bus.stop();
    });

    it('creates the session-preparation tasks once, however often the event is delivered', async () => {
      await publish(scheduled);
      const first = await eventually(async () => {
        const data = await ok(sv.url, sessionTasks, { id: 'session-2026-12' });
        return data.coordinationTasks.totalCount === 3 && data.coordinationTasks;
      });
      expect(first.edges.map((edge: { node: { agency: { id: string } } }) => edge.node.agency.id).sort()).toEqual(['committee', 'council', 'front']);
      for (const { node } of first.edges) {
        expect(node).toMatchObject({ dueOn: '2026-12-01', status: 'OPEN', source: 'SESSION_PREPARATION', councilSession: { id: 'session-2026-12' } });
      }

      await publish(scheduled);
      await consumedAll();
      expect((await ok(sv.url, sessionTasks, { id: 'session-2026-12' })).coordinationTasks.totalCount).toBe(3);
    });

    it('records an agenda item’s submitted documents as a DONE task of the presenting agency, once', async () => {
      const submitted = (id?: string) =>
        createEvent({
          service: 'council',
          entity: 'agendaItem',
          verb: 'documentSubmitted',
          subject: 'agenda-item-42',
          id,
          data: {
            agendaItemId: 'agenda-item-42',
            councilSessionId: 'session-2026-12',
            presentingAgencyId: 'so-tai-chinh',
            documentDueOn: '2026-11-20',
            submittedOn: '2026-11-23',
            late: true,
          },
        });
      const event = submitted();
      await publish(event);
      const task = await eventually(async () => {
        const data = await ok(sv.url, `query($id: ID!) { coordinationTask(id: $id) { id agency { id } status dueOn doneOn late agendaItem { id } councilSession { id } } }`, {
          id: agendaDocumentsTaskId('agenda-item-42'),
        });
        return data.coordinationTask;
      });
      expect(task).toMatchObject({
        agency: { id: 'so-tai-chinh' },
        status: 'DONE',
        dueOn: '2026-11-20',
        doneOn: '2026-11-23',
        late: true,
        agendaItem: { id: 'agenda-item-42' },
        councilSession: { id: 'session-2026-12' },
      });

      await publish(event); // redelivery of the same event
      await publish(submitted()); // the council reporting the same submission again under a new event id
      await consumedAll();
      const all = await ok(sv.url, sessionTasks, { id: 'session-2026-12' });
      expect(all.coordinationTasks.totalCount).toBe(4);
      const documents = all.coordinationTasks.edges.filter((edge: { node: { agendaItem: unknown } }) => edge.node.agendaItem);
      expect(documents).toHaveLength(1);
      expect(documents[0].node).toMatchObject({ status: 'DONE', doneOn: '2026-11-23' });
    });

    it('adds preparationTasks to several council sessions with one query', async () => {
      const reps = ['session-2026-12', 'session-manual', 'session-none'].map((id) => ({ __typename: 'CouncilSession', id }));
      const before = await sv.settledCommandCount();
      const result = await ok(sv.url, `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on CouncilSession { id preparationTasks { id dueOn } } } }`, { reps });
      expect(sv.app.runtime.database.commandCount() - before).toBe(1);
      expect(result._entities.map((s: { preparationTasks: unknown[] }) => s.preparationTasks.length)).toEqual([4, 1, 0]);
      // Earliest due first: the agenda item's documents (20/11) before the session's own tasks (01/12).
      expect(result._entities[0].preparationTasks[0].dueOn).toBe('2026-11-20');
    });

    it('opens the documents task when an agenda item is added, and closes that same task when its documents arrive', async () => {
      const item = { agendaItemId: 'agenda-item-43', councilSessionId: 'session-2027-01', presentingAgencyId: 'so-xay-dung' };
      const added = createEvent({
        service: 'council',
        entity: 'agendaItem',
        verb: 'added',
        subject: item.agendaItemId,
        data: { ...item, title: 'Tờ trình quy hoạch phân khu', reviewingCommittee: 'URBAN', documentDueOn: daysFromToday(-2) },
      });
      await publish(added);
      await publish(added);
      const query = `query($id: ID!) { coordinationTask(id: $id) { id title agency { id } status dueOn doneOn late } }`;
      const opened = await eventually(async () => (await ok(sv.url, query, { id: agendaDocumentsTaskId(item.agendaItemId) })).coordinationTask);
      expect(opened).toMatchObject({ agency: { id: 'so-xay-dung' }, status: 'OPEN', dueOn: daysFromToday(-2), doneOn: null, late: true });
      expect(opened.title).toContain('Tờ trình quy hoạch phân khu');

      const submittedOn = daysFromToday(-1);
      await publish(
        createEvent({
          service: 'council',
          entity: 'agendaItem',
          verb: 'documentSubmitted',
          subject: item.agendaItemId,
          data: { ...item, documentDueOn: daysFromToday(-2), submittedOn, late: true },
        }),
      );
      const closed = await eventually(async () => {
        const task = (await ok(sv.url, query, { id: opened.id })).coordinationTask;
        return task.status === 'DONE' && task;
      });
      expect(closed).toMatchObject({ doneOn: submittedOn, late: true });
      await consumedAll();
      expect((await ok(sv.url, sessionTasks, { id: 'session-2027-01' })).coordinationTasks.totalCount).toBe(1);
    });
  });
});
