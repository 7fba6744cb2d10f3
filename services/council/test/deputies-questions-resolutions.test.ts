import { councilEvents } from '@hanoi/contracts';
import { formatCalendarDate, hanoiToday, type Caller } from '@hanoi/platform';
import { callSubgraph, callers, eventually } from '@hanoi/platform/testing';
import { collectCouncilEvents, shiftDay, startCouncil } from './support';

const createDeputy = `mutation($input: CreateCouncilDeputyInput!) {
  createCouncilDeputy(input: $input) { id fullName term constituency fullTime committees administrativeUnit { id } candidate { id } }
}`;
const ask = `mutation($input: AskQuestionInput!) {
  askQuestion(input: $input) { id status text dueOn late askedBy { fullName } addressedTo { id } councilSession { id } }
}`;
const answer = `mutation($id: ID!, $input: AnswerQuestionInput!) { answerQuestion(questionId: $id, input: $input) { id status answer answeredOn dueOn late } }`;
const createResolution = `mutation($input: CreateResolutionInput!) { createResolution(input: $input) { id number title adoptedOn kind councilSession { id } } }`;

const constructionDirector: Caller = { subject: 'sxd-leader-1', agency: 'so-xay-dung', roles: ['leader'] };
const names = (connection: { edges: { node: { fullName: string } }[] }) => connection.edges.map((edge) => edge.node.fullName);

describe('council subgraph: deputies, questioning and resolutions', () => {
  let council: Awaited<ReturnType<typeof startCouncil>>;
  let consumer: Awaited<ReturnType<typeof collectCouncilEvents>>;
  let session: string;
  let otherTermSession: string;
  const deputies: Record<string, string> = {};

  beforeAll(async () => {
    council = await startCouncil();
    consumer = await collectCouncilEvents(council.app.runtime.topic('council'), council.config.KAFKA_BROKERS);
    const schedule = `mutation($input: ScheduleCouncilSessionInput!) { scheduleCouncilSession(input: $input) { id } }`;
    session = (await callSubgraph(council.url, schedule, {
      input: { term: '2026-2031', number: 4, kind: 'REGULAR', opensOn: '2026-07-08', closesOn: '2026-07-10' },
    }, callers.councilClerk)).data!.scheduleCouncilSession.id;
    otherTermSession = (await callSubgraph(council.url, schedule, {
      input: { term: '2021-2026', number: 30, kind: 'REGULAR', opensOn: '2025-12-08', closesOn: '2025-12-10' },
    }, callers.councilClerk)).data!.scheduleCouncilSession.id;
  });
  afterAll(async () => {
    await consumer.stop();
    await council.stop();
  });

  describe('council deputies', () => {
    it('creates deputies and reads one back', async () => {
      const rows = [
        { fullName: 'Nguyễn Thị Lan', term: '2026-2031', constituency: 'Đơn vị bầu cử số 1 (Hoàn Kiếm, Ba Đình)', administrativeUnitId: 'phuong-hoan-kiem', fullTime: true, committees: ['LEGAL', 'URBAN', 'LEGAL'], candidateId: 'candidate-lan' },
        { fullName: 'Trần Văn Minh', term: '2026-2031', constituency: 'Đơn vị bầu cử số 5 (Long Biên)', administrativeUnitId: 'phuong-long-bien', fullTime: false, committees: ['ECONOMY_BUDGET'], candidateId: 'candidate-minh' },
        { fullName: 'Lê Hoàng Nam', term: '2021-2026', constituency: 'Đơn vị bầu cử số 2 (Đống Đa)', administrativeUnitId: 'quan-dong-da', fullTime: false },
      ];
      for (const input of rows) {
        const result = await callSubgraph(council.url, createDeputy, { input }, callers.councilClerk);
        expect(result.errors).toBeUndefined();
        deputies[input.fullName] = result.data!.createCouncilDeputy.id;
      }
      const read = await callSubgraph(council.url, `query($id: ID!) { councilDeputy(id: $id) { fullName fullTime committees administrativeUnit { id } } }`, {
        id: deputies['Nguyễn Thị Lan'],
      });
      expect(read.data!.councilDeputy).toEqual({ fullName: 'Nguyễn Thị Lan', fullTime: true, committees: ['LEGAL', 'URBAN'], administrativeUnit: { id: 'phuong-hoan-kiem' } });

      const created = await eventually(async () => consumer.events.find((e) => e.type === councilEvents.councilDeputyCreated.type && e.subject === deputies['Nguyễn Thị Lan']));
      expect(councilEvents.councilDeputyCreated.parse(created)).toEqual({
        councilDeputyId: deputies['Nguyễn Thị Lan'],
        fullName: 'Nguyễn Thị Lan',
        term: '2026-2031',
        constituency: 'Đơn vị bầu cử số 1 (Hoàn Kiếm, Ba Đình)',
        administrativeUnitId: 'phuong-hoan-kiem',
        fullTime: true,
        committees: ['LEGAL', 'URBAN'],
        candidateId: 'candidate-lan',
        // The city council's deputy: its standing body, level and no commune.
        councilAgencyId: 'council',
        level: 'CITY',
        jurisdictionUnitId: null,
      });
    });

    it('links a deputy to the candidate elected, once per candidate (CONFLICT otherwise), and writes nothing on conflict', async () => {
      const lan = await callSubgraph(council.url, `query($id: ID!) { councilDeputy(id: $id) { candidate { id } } }`, { id: deputies['Nguyễn Thị Lan'] });
      expect(lan.data!.councilDeputy.candidate).toEqual({ id: 'candidate-lan' });
      const nam = await callSubgraph(council.url, `query($id: ID!) { councilDeputy(id: $id) { candidate { id } } }`, { id: deputies['Lê Hoàng Nam'] });
      expect(nam.data!.councilDeputy.candidate).toBeNull();

      const input = { fullName: 'Đỗ Thu Trang', term: '2026-2031', constituency: 'Đơn vị bầu cử số 7 (Cầu Giấy)', administrativeUnitId: 'phuong-cau-giay', fullTime: false, candidateId: 'candidate-lan' };
      const taken = await callSubgraph(council.url, createDeputy, { input }, callers.councilClerk);
      expect(taken.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.candidateId' });
      expect((await callSubgraph(council.url, `{ councilDeputies(filter: {search: "Đỗ Thu Trang"}) { totalCount } }`)).data!.councilDeputies.totalCount).toBe(0);
    });

    it("resolves several candidates' elected deputies in one database query", async () => {
      const before = await council.settledCommandCount();
      const result = await callSubgraph(council.url, `query($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on Candidate { id electedCouncilDeputy { id fullName } } }
      }`, { representations: ['candidate-lan', 'candidate-minh', 'candidate-unknown'].map((id) => ({ __typename: 'Candidate', id })) });
      expect(council.app.runtime.database.commandCount() - before).toBe(1);
      expect(result.errors).toBeUndefined();
      expect(result.data!._entities).toEqual([
        { id: 'candidate-lan', electedCouncilDeputy: { id: deputies['Nguyễn Thị Lan'], fullName: 'Nguyễn Thị Lan' } },
        { id: 'candidate-minh', electedCouncilDeputy: { id: deputies['Trần Văn Minh'], fullName: 'Trần Văn Minh' } },
        { id: 'candidate-unknown', electedCouncilDeputy: null },
      ]);
    });

    it('lists by name and filters by term, committee and a case-insensitive search', async () => {
      const list = `query($filter: CouncilDeputyFilter) { councilDeputies(filter: $filter) { totalCount edges { node { fullName } } } }`;
      expect(names((await callSubgraph(council.url, list)).data!.councilDeputies)).toEqual(['Lê Hoàng Nam', 'Nguyễn Thị Lan', 'Trần Văn Minh']);
      expect(names((await callSubgraph(council.url, list, { filter: { term: '2026-2031' } })).data!.councilDeputies)).toEqual(['Nguyễn Thị Lan', 'Trần Văn Minh']);
      expect(names((await callSubgraph(council.url, list, { filter: { committee: 'URBAN' } })).data!.councilDeputies)).toEqual(['Nguyễn Thị Lan']);
      expect(names((await callSubgraph(council.url, list, { filter: { search: 'nguyễn' } })).data!.councilDeputies)).toEqual(['Nguyễn Thị Lan']);
      expect(names((await callSubgraph(council.url, list, { filter: { search: 'long biên' } })).data!.councilDeputies)).toEqual(['Trần Văn Minh']);
      expect((await callSubgraph(council.url, list, { filter: { search: '(.*' } })).data!.councilDeputies.totalCount).toBe(0);
    });

    it('refuses an unknown term with the field, writes nothing, and forbids other agencies', async () => {
      const input = { fullName: 'Phạm Thu Hà', term: '2031', constituency: 'Số 3', administrativeUnitId: 'phuong-cau-giay', fullTime: false };
      const bad = await callSubgraph(council.url, createDeputy, { input }, callers.councilClerk);
      expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.term' });
      const forbidden = await callSubgraph(council.url, createDeputy, { input: { ...input, term: '2026-2031' } }, callers.frontClerk);
      expect(forbidden.errors![0]!.extensions!.code).toBe('FORBIDDEN');
      const listed = await callSubgraph(council.url, `{ councilDeputies(filter: {search: "Phạm"}) { totalCount } }`);
      expect(listed.data!.councilDeputies.totalCount).toBe(0);
    });

    it('resolves CouncilDeputy references in one query', async () => {
      const before = await council.settledCommandCount();
      const result = await callSubgraph(council.url, `query($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on CouncilDeputy { fullName } }
      }`, { representations: Object.values(deputies).map((id) => ({ __typename: 'CouncilDeputy', id })) });
      expect(council.app.runtime.database.commandCount() - before).toBe(1);
      expect(result.data!._entities.map((e: { fullName: string }) => e.fullName)).toEqual(Object.keys(deputies));
    });
  });

  describe('questioning (chất vấn)', () => {
    let question: string;

    it('records a question to an agency, due 20 days after the session closes, and lists it for the session', async () => {
      const result = await callSubgraph(council.url, ask, {
        input: { councilSessionId: session, askedByDeputyId: deputies['Nguyễn Thị Lan'], addressedToAgencyId: 'so-xay-dung', text: 'Tiến độ xử lý công trình vi phạm trật tự xây dựng?' },
      }, callers.councilClerk);
      expect(result.errors).toBeUndefined();
      // The session closes on 2026-07-10: the answer is due on 2026-07-30, which has passed (late until answered).
      expect(result.data!.askQuestion).toMatchObject({ status: 'ASKED', dueOn: '2026-07-30', late: true, askedBy: { fullName: 'Nguyễn Thị Lan' }, addressedTo: { id: 'so-xay-dung' }, councilSession: { id: session } });
      question = result.data!.askQuestion.id;

      const opened = await eventually(async () => consumer.events.find((e) => e.type === councilEvents.obligation.opened.type && e.subject === question));
      expect(councilEvents.obligation.opened.parse(opened)).toEqual({
        obligationId: `question:${question}:answer`,
        kind: 'QUESTION_ANSWER',
        agencyId: 'so-xay-dung',
        dueOn: new Date('2026-07-30T00:00:00Z'),
        subject: { type: 'Question', id: question },
        content: 'SUPERVISION',
        basis: expect.stringMatching(/trong 20 ngày sau bế mạc kỳ họp/),
        councilSessionId: session,
        title: null,
      });

      const perSession = await callSubgraph(council.url, `query($id: ID!) { councilSession(id: $id) { questions { id } } }`, { id: session });
      expect(perSession.data!.councilSession.questions).toEqual([{ id: question }]);
      const listed = await callSubgraph(council.url, `query($id: ID!) { questions(filter: {councilSessionId: $id, status: ASKED}) { totalCount edges { node { id } } } }`, { id: session });
      expect(listed.data!.questions).toEqual({ totalCount: 1, edges: [{ node: { id: question } }] });
    });

    it('refuses an unknown session or deputy (NOT_FOUND) and a deputy of another term', async () => {
      const base = { councilSessionId: session, askedByDeputyId: deputies['Trần Văn Minh'], addressedToAgencyId: 'so-tai-chinh', text: 'Câu hỏi' };
      const noSession = await callSubgraph(council.url, ask, { input: { ...base, councilSessionId: 'nope' } }, callers.councilClerk);
      expect(noSession.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.councilSessionId' });
      const noDeputy = await callSubgraph(council.url, ask, { input: { ...base, askedByDeputyId: 'nope' } }, callers.councilClerk);
      expect(noDeputy.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.askedByDeputyId' });
      const wrongTerm = await callSubgraph(council.url, ask, { input: { ...base, councilSessionId: otherTermSession } }, callers.councilClerk);
      expect(wrongTerm.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.askedByDeputyId' });
      const listed = await callSubgraph(council.url, `{ questions { totalCount } }`);
      expect(listed.data!.questions.totalCount).toBe(1);
    });

    it('takes the answer from the addressed agency once, and forbids other agencies', async () => {
      const input = { answer: 'Sở đã xử lý 120 công trình, còn 8 công trình đang cưỡng chế.', answeredOn: '2026-07-09' };
      const forbidden = await callSubgraph(council.url, answer, { id: question, input }, callers.frontClerk);
      expect(forbidden.errors![0]!.extensions!.code).toBe('FORBIDDEN');
      const tomorrow = shiftDay(formatCalendarDate(hanoiToday()), 1);
      const future = await callSubgraph(council.url, answer, { id: question, input: { ...input, answeredOn: tomorrow } }, constructionDirector);
      expect(future.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.answeredOn' });

      const answered = await callSubgraph(council.url, answer, { id: question, input }, constructionDirector);
      expect(answered.errors).toBeUndefined();
      expect(answered.data!.answerQuestion).toMatchObject({ status: 'ANSWERED', answeredOn: '2026-07-09', dueOn: '2026-07-30', late: false });
      const met = await eventually(async () => consumer.events.find((e) => e.type === councilEvents.obligation.met.type && e.subject === question));
      expect(met.data).toEqual({ obligationId: `question:${question}:answer`, metOn: '2026-07-09' });
      const again = await callSubgraph(council.url, answer, { id: question, input }, callers.councilClerk);
      expect(again.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'questionId' });
      const missing = await callSubgraph(council.url, answer, { id: 'nope', input }, callers.councilClerk);
      expect(missing.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'questionId' });
    });

    it('counts an answer given after the due day as late', async () => {
      const asked = await callSubgraph(council.url, ask, {
        input: { councilSessionId: session, askedByDeputyId: deputies['Trần Văn Minh'], addressedToAgencyId: 'so-tai-chinh', text: 'Tiến độ giải ngân vốn đầu tư công năm 2026?' },
      }, callers.councilClerk);
      expect(asked.errors).toBeUndefined();
      const id = asked.data!.askQuestion.id;
      const answered = await callSubgraph(council.url, answer, { id, input: { answer: 'Đã giải ngân 65% kế hoạch vốn.', answeredOn: '2026-08-05' } }, callers.councilClerk);
      expect(answered.data!.answerQuestion).toMatchObject({ answeredOn: '2026-08-05', dueOn: '2026-07-30', late: true });
    });
  });

  describe('resolutions', () => {
    it('records resolutions, including the election of people\'s jurors, and lists them per session', async () => {
      const jurors = await callSubgraph(council.url, createResolution, {
        input: { councilSessionId: session, number: '12/NQ-HĐND', title: 'Nghị quyết bầu Hội thẩm nhân dân Tòa án nhân dân thành phố', adoptedOn: '2026-07-10', kind: 'PEOPLES_JURORS_ELECTION' },
      }, callers.councilClerk);
      expect(jurors.errors).toBeUndefined();
      expect(jurors.data!.createResolution).toMatchObject({ number: '12/NQ-HĐND', kind: 'PEOPLES_JURORS_ELECTION', adoptedOn: '2026-07-10', councilSession: { id: session } });
      const budget = await callSubgraph(council.url, createResolution, {
        input: { councilSessionId: session, number: '05/2026/NQ-HĐND', title: 'Nghị quyết quy định phân cấp nguồn thu', adoptedOn: '2026-07-08', kind: 'REGULATION' },
      }, callers.councilClerk);
      expect(budget.errors).toBeUndefined();

      const read = await callSubgraph(council.url, `query($id: ID!) { resolution(id: $id) { title } }`, { id: jurors.data!.createResolution.id });
      expect(read.data!.resolution.title).toMatch(/Hội thẩm nhân dân/);
      const perSession = await callSubgraph(council.url, `query($id: ID!) { councilSession(id: $id) { resolutions { number } } }`, { id: session });
      expect(perSession.data!.councilSession.resolutions).toEqual([{ number: '05/2026/NQ-HĐND' }, { number: '12/NQ-HĐND' }]);
      const filtered = await callSubgraph(council.url, `query($id: ID!) { resolutions(filter: {councilSessionId: $id, kind: PEOPLES_JURORS_ELECTION}) { totalCount edges { node { number } } } }`, { id: session });
      expect(filtered.data!.resolutions).toEqual({ totalCount: 1, edges: [{ node: { number: '12/NQ-HĐND' } }] });
    });

    it('refuses a number already used (CONFLICT), a malformed number, a day outside the session and an unknown session', async () => {
      const base = { councilSessionId: session, number: '13/NQ-HĐND', title: 'Nghị quyết', adoptedOn: '2026-07-09', kind: 'OTHER' };
      const duplicate = await callSubgraph(council.url, createResolution, { input: { ...base, number: '12/NQ-HĐND' } }, callers.councilClerk);
      expect(duplicate.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.number' });
      const malformed = await callSubgraph(council.url, createResolution, { input: { ...base, number: 'NQ 13' } }, callers.councilClerk);
      expect(malformed.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.number' });
      const outside = await callSubgraph(council.url, createResolution, { input: { ...base, adoptedOn: '2026-07-11' } }, callers.councilClerk);
      expect(outside.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.adoptedOn' });
      const unknown = await callSubgraph(council.url, createResolution, { input: { ...base, councilSessionId: 'nope' } }, callers.councilClerk);
      expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.councilSessionId' });
      const forbidden = await callSubgraph(council.url, createResolution, { input: base }, callers.committeeClerk);
      expect(forbidden.errors![0]!.extensions!.code).toBe('FORBIDDEN');
      const listed = await callSubgraph(council.url, `{ resolutions { totalCount } }`);
      expect(listed.data!.resolutions.totalCount).toBe(2);
    });

    it('numbers restart every year: the same number adopted another year is a different resolution; a number\'s year must be the adoption year', async () => {
      const lastYear = { councilSessionId: otherTermSession, number: '12/NQ-HĐND', title: 'Nghị quyết kỳ họp cuối năm 2025', adoptedOn: '2025-12-09', kind: 'OTHER' };
      const accepted = await callSubgraph(council.url, createResolution, { input: lastYear }, callers.councilClerk);
      expect(accepted.errors).toBeUndefined();
      expect(accepted.data!.createResolution).toMatchObject({ number: '12/NQ-HĐND', adoptedOn: '2025-12-09' });
      const again = await callSubgraph(council.url, createResolution, { input: lastYear }, callers.councilClerk);
      expect(again.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.number' });
      expect(again.errors![0]!.message).toBe('Resolution 12/NQ-HĐND of 2025 already exists');
      const wrongYear = await callSubgraph(council.url, createResolution, { input: { ...lastYear, number: '07/2026/NQ-HĐND' } }, callers.councilClerk);
      expect(wrongYear.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.number' });
      expect(wrongYear.errors![0]!.message).toMatch(/carries the year 2026, but the resolution is adopted in 2025/);
      const listed = await callSubgraph(council.url, `{ resolutions { totalCount } }`);
      expect(listed.data!.resolutions.totalCount).toBe(3);
    });
  });
});
