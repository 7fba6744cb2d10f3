import { councilEvents, delegationEvents, frontEvents } from '@hanoi/contracts';
import { hanoiToday, type Caller, type CloudEvent } from '@hanoi/platform';
import { callSubgraph, callers, collectEvents, eventually } from '@hanoi/platform/testing';
import { createApp } from '../src/app';
import { deadlineRecomputeGroupId } from '../src/events/consumers';
import { acceptanceDeadlines } from '../src/domain/case-deadlines';
import { daysLeft, vietnamHolidayCalendar } from '../src/domain/deadlines';
import { startPetitions, type Petitions } from './support';

const hkClerk: Caller = { subject: 'hk-clerk-1', agency: 'ubnd-phuong-hoan-kiem', roles: ['clerk'] };
const hkHandler: Caller = { subject: 'hk-handler-1', agency: 'ubnd-phuong-hoan-kiem', roles: ['handler'] };
const cnHandler: Caller = { subject: 'cn-handler-1', agency: 'ubnd-phuong-cua-nam', roles: ['handler'] };
const committeeHandler = callers.petitionsHandler;

const fields = `id kind status acceptedOn complexity remote verificationNeeded due { on rule ruleId kind }
  deadlines { kind dueOn ruleId basis legalBasis provisional metOn missed overdue daysLeft }
  extensions { decidedOn days decisionRef recordedBy } history { action reason }`;

const d = (value: string) => new Date(`${value}T00:00:00Z`);
const missedType = 'vn.hanoi.petitions.petition.deadlineMissed.v1';
const extendedType = 'vn.hanoi.petitions.petition.deadlineExtended.v1';
const rescheduledType = 'vn.hanoi.petitions.obligation.rescheduled.v1';

const base = { channel: 'MAIL', category: 'LAND_HOUSING', administrativeUnitId: 'phuong-hoan-kiem' };
const complaint = (receivedOn: string) => ({ ...base, kind: 'COMPLAINT', receivedOn, subject: `Khiếu nại quyết định thu hồi đất (${receivedOn})` });
const denunciation = (receivedOn: string, extra: object = {}) => ({
  ...base,
  kind: 'DENUNCIATION',
  receivedOn,
  subject: `Tố cáo cán bộ địa chính (${receivedOn})`,
  petitioners: [{ fullName: 'Nguyễn Văn An', nationalId: '001080000777' }],
  ...extra,
});

describe('petitions: statutory clocks', () => {
  let petitions: Petitions;
  let reader: Awaited<ReturnType<typeof collectEvents>>;
  const call = (query: string, variables: Record<string, unknown>, caller: Caller) => callSubgraph(petitions.url, query, variables, caller);

  async function submit(input: object, caller: Caller = hkClerk) {
    const result = await call(`mutation($input: SubmitPetitionInput!) { submitPetition(input: $input) { ${fields} } }`, { input }, caller);
    expect(result.errors).toBeUndefined();
    return result.data!.submitPetition;
  }
  const accept = (id: string, input: object, caller: Caller = hkHandler) =>
    call(`mutation($id: ID!, $input: AcceptPetitionInput) { acceptPetition(id: $id, input: $input) { ${fields} } }`, { id, input }, caller);
  const extend = (id: string, input: object, caller: Caller = hkHandler) =>
    call(`mutation($id: ID!, $input: ExtendResolutionDeadlineInput!) { extendResolutionDeadline(id: $id, input: $input) { ${fields} } }`, { id, input }, caller);
  // An administrator reads every case (denunciations are hidden from analysts: need-to-know).
  const load = async (id: string) => (await call(`query($id: ID!) { petition(id: $id) { ${fields} } }`, { id }, callers.admin)).data!.petition;
  const eventsOf = (id: string, type?: string) => reader.events.filter((event) => event.subject === id && (!type || event.type === type));
  const deadlineOf = (petition: any, kind: string) => petition.deadlines.find((deadline: any) => deadline.kind === kind && !deadline.metOn) ?? petition.deadlines.find((deadline: any) => deadline.kind === kind);
  /** Working days left as the engine counts them today (tests run on any day). */
  const left = (dueOn: string) => daysLeft(d(dueOn), hanoiToday(), vietnamHolidayCalendar);

  beforeAll(async () => {
    petitions = await startPetitions();
    await petitions.seedDirectory();
    reader = await collectEvents(petitions.config.KAFKA_BROKERS, petitions.app.runtime.topic('petitions'));
  });
  afterAll(async () => {
    await reader.stop();
    await petitions.stop();
  });

  describe('intake: each kind gets its deadline from the engine, citing its rule', () => {
    it('complaint: acceptance within 10 days of receipt, moved past Tết', async () => {
      // Fri 2026-02-06 + 10 = Mon 2026-02-16 (29 tháng Chạp): 16–20/2 Tết, 21–22/2 weekend → Mon 2026-02-23.
      const petition = await submit(complaint('2026-02-06'));
      expect(petition.deadlines).toEqual([
        {
          kind: 'ACCEPTANCE',
          dueOn: '2026-02-23',
          ruleId: 'COMPLAINT_ACCEPTANCE',
          basis: expect.stringContaining('day 10 (Mon 2026-02-16) is a day off, Tết Nguyên đán (29 tháng Chạp)'),
          legalBasis: 'Law on Complaints 2011, art. 27',
          provisional: false,
          metOn: null,
          missed: true,
          overdue: true,
          daysLeft: left('2026-02-23'),
        },
      ]);
      expect(petition.deadlines[0].daysLeft).toBeLessThan(0);
      expect(petition.due).toEqual({ on: '2026-02-23', rule: petition.deadlines[0].basis, ruleId: 'COMPLAINT_ACCEPTANCE', kind: 'ACCEPTANCE' });
    });

    it('second complaint: acceptance within 10 days, moved past 1/5', async () => {
      // Tue 2026-04-21 + 10 = Fri 2026-05-01 (Labour Day) → Mon 2026-05-04. Routed to the city's committee.
      const petition = await submit({ ...complaint('2026-04-21'), kind: 'SECOND_COMPLAINT' }, committeeHandler);
      expect(petition.deadlines.map((x: any) => [x.kind, x.dueOn, x.ruleId])).toEqual([['ACCEPTANCE', '2026-05-04', 'COMPLAINT_ACCEPTANCE']]);
      expect(petition.deadlines[0].basis).toMatch(/Quốc tế Lao động/);
    });

    it('denunciation: initial handling in 7 working days, 10 when verification is needed', async () => {
      // Wed 2026-02-11: Thu 12, Fri 13, (weekend, Tết 16–20/2, weekend), 23, 24, 25, 26, 27 → Fri 2026-02-27;
      // three more working days → Wed 2026-03-04.
      const plain = await submit(denunciation('2026-02-11'));
      expect(plain.deadlines.map((x: any) => [x.kind, x.dueOn, x.ruleId, x.legalBasis])).toEqual([
        ['INITIAL_HANDLING', '2026-02-27', 'DENUNCIATION_INITIAL_HANDLING', 'Law on Denunciations 2018, art. 24'],
      ]);
      const verified = await submit(denunciation('2026-02-11', { verificationNeeded: true }));
      expect(verified).toMatchObject({ verificationNeeded: true, due: { on: '2026-03-04' } });
      expect(verified.deadlines[0].basis).toMatch(/verification needed: up to 10/);
      const wrongKind = await call(`mutation($input: SubmitPetitionInput!) { submitPetition(input: $input) { id } }`, { input: { ...complaint('2026-02-11'), verificationNeeded: true } }, hkClerk);
      expect(wrongKind.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.verificationNeeded' });
    });

    it('recommendations and feedback: no statutory deadline', async () => {
      const petition = await submit({ ...base, kind: 'FEEDBACK', receivedOn: '2026-02-11', subject: 'Phản ánh đèn đường hỏng' });
      expect(petition).toMatchObject({ deadlines: [], due: { on: null, rule: 'No statutory deadline at intake' } });
    });

    it('voter recommendations: at the next regular session (F1), 60 days when the NA forwarded them (F5)', async () => {
      await petitions.publish('council', councilEvents.sessionScheduled.event('session-2026-12', {
        councilSessionId: 'session-2026-12', term: '2021-2026', number: 30, kind: 'REGULAR', opensOn: d('2026-12-08'), closesOn: d('2026-12-10'), documentDueOn: d('2026-11-20'),
      }));
      await eventually(async () => (await petitions.db.collection('known_council_sessions').countDocuments()) === 1);
      await petitions.publish('front', frontEvents.voterMeetingHeld.event('meeting-deadlines', {
        voterMeetingId: 'meeting-deadlines', kind: 'AFTER_SESSION', heldOn: d('2026-07-20'), administrativeUnitId: 'phuong-hoan-kiem', organiserAgencyId: 'front', councilSessionId: null,
        recommendations: [{ number: 1, text: 'Đề nghị nạo vét mương thoát nước', category: 'ENVIRONMENT', addressedToAgencyId: null }],
      }));
      // Thu 2026-07-02 + 60 = Mon 2026-08-31, swapped off for National Day (made up Sat 22/8); 1–2/9 off → Thu 2026-09-03.
      await petitions.publish('delegation', delegationEvents.voterRecommendationForwarded.event('fwd-deadlines', {
        recommendationId: 'fwd-deadlines', text: 'Đề nghị sửa đổi Luật Đất đai', category: 'LAND_HOUSING', forwardedOn: d('2026-07-02'), addressedToAgencyId: 'committee',
      }));
      const byChannel = async (channel: string) =>
        (await call(`query($f: PetitionFilter) { petitions(filter: $f) { edges { node { ${fields} } } } }`, { f: { channel } }, callers.admin)).data!.petitions.edges[0]?.node;
      const council = await eventually(() => byChannel('VOTER_MEETING'));
      expect(council.deadlines.map((x: any) => [x.kind, x.dueOn, x.ruleId])).toEqual([['ANSWER', '2026-12-08', 'COUNCIL_VOTER_RECOMMENDATION']]);
      expect(council.due.rule).toMatch(/next regular council session, opening 2026-12-08/);
      const forwarded = await eventually(() => byChannel('FORWARDED'));
      expect(forwarded.deadlines.map((x: any) => [x.kind, x.dueOn, x.ruleId, x.legalBasis])).toEqual([
        ['ANSWER', '2026-09-03', 'NA_FORWARDED_VOTER_RECOMMENDATION', 'Decision 33/2017/QĐ-TTg, art. 12, as amended by Decision 30/2020/QĐ-TTg'],
      ]);
      expect(forwarded.deadlines[0].basis).toMatch(/day 60 \(Mon 2026-08-31\) is a day off, Hoán đổi/);
    });
  });

  describe('acceptance (thụ lý): the acceptance deadline is met, the resolution deadline starts', () => {
    it('complaints: 30 days; complex or remote 45; both 60; second complaints 45, complex 60', async () => {
      const cases: [string, string, object, string, string][] = [
        // [received, accepted on, facts, resolution due, basis fragment]
        ['2026-02-20', '2026-03-02', {}, '2026-04-01', '30 days from acceptance (Law on Complaints 2011, art. 28)'],
        ['2026-03-10', '2026-03-17', { complexity: 'COMPLEX' }, '2026-05-04', 'complex case: up to 45'],
        ['2026-03-10', '2026-03-17', { remote: true }, '2026-05-04', 'remote area (vùng sâu, vùng xa): 45'],
        // Tue 2026-03-17 + 60 = Sat 2026-05-16 → Mon 2026-05-18.
        ['2026-03-10', '2026-03-17', { complexity: 'COMPLEX', remote: true }, '2026-05-18', 'remote area (vùng sâu, vùng xa) and complex case: up to 60'],
      ];
      for (const [receivedOn, on, facts, due, basis] of cases) {
        const { id } = await submit(complaint(receivedOn));
        const result = await accept(id, { on, ...facts });
        expect(result.errors).toBeUndefined();
        const accepted = result.data!.acceptPetition;
        expect(accepted).toMatchObject({ status: 'ACCEPTED', acceptedOn: on, complexity: (facts as any).complexity ?? 'NORMAL', remote: (facts as any).remote ?? false, due: { on: due } });
        expect(accepted.deadlines.map((x: any) => [x.kind, x.ruleId, x.metOn])).toEqual([
          ['ACCEPTANCE', 'COMPLAINT_ACCEPTANCE', on],
          ['RESOLUTION', 'COMPLAINT_FIRST_RESOLUTION', null],
        ]);
        expect(deadlineOf(accepted, 'RESOLUTION')).toMatchObject({ dueOn: due, basis: expect.stringContaining(basis), overdue: true, daysLeft: left(due) });
      }

      // Second complaint received Tue 2026-04-21 (acceptance due Mon 2026-05-04), accepted late on Tue 2026-05-05, complex:
      // + 60 = Sat 2026-07-04 → Mon 2026-07-06.
      const second = await submit({ ...complaint('2026-04-21'), kind: 'SECOND_COMPLAINT' }, committeeHandler);
      const accepted = (await accept(second.id, { on: '2026-05-05', complexity: 'COMPLEX' }, committeeHandler)).data!.acceptPetition;
      expect(accepted.deadlines.map((x: any) => [x.kind, x.dueOn, x.ruleId, x.metOn, x.missed])).toEqual([
        ['ACCEPTANCE', '2026-05-04', 'COMPLAINT_ACCEPTANCE', '2026-05-05', true],
        ['RESOLUTION', '2026-07-06', 'COMPLAINT_SECOND_RESOLUTION', null, true],
      ]);
      expect(deadlineOf(accepted, 'RESOLUTION').basis).toMatch(/45 days from acceptance, complex case: up to 60 \(Law on Complaints 2011, art\. 37\)/);
    });

    it('denunciations: notice in 5 working days and resolution in 30 days; resolving meets them', async () => {
      const { id } = await submit(denunciation('2026-02-11'));
      const accepted = (await accept(id, { on: '2026-03-02', complexity: 'COMPLEX' })).data!.acceptPetition;
      expect(accepted.deadlines.map((x: any) => [x.kind, x.dueOn, x.ruleId, x.metOn])).toEqual([
        ['INITIAL_HANDLING', '2026-02-27', 'DENUNCIATION_INITIAL_HANDLING', '2026-03-02'],
        ['NOTICE', '2026-03-09', 'DENUNCIATION_ACCEPTANCE_NOTICE', null],
        ['RESOLUTION', '2026-04-01', 'DENUNCIATION_RESOLUTION', null],
      ]);
      expect(accepted.due).toMatchObject({ on: '2026-03-09', ruleId: 'DENUNCIATION_ACCEPTANCE_NOTICE', kind: 'NOTICE' });
      expect(deadlineOf(accepted, 'NOTICE').legalBasis).toBe('Law on Denunciations 2018, art. 29');

      const noticed = await call(`mutation($id: ID!) { recordAcceptanceNotice(id: $id, input: { on: "2026-03-04" }) { ${fields} } }`, { id }, hkHandler);
      expect(noticed.data!.recordAcceptanceNotice).toMatchObject({ due: { on: '2026-04-01' } });
      expect(deadlineOf(noticed.data!.recordAcceptanceNotice, 'NOTICE')).toMatchObject({ metOn: '2026-03-04', missed: false });
      const twice = await call(`mutation($id: ID!) { recordAcceptanceNotice(id: $id) { id } }`, { id }, hkHandler);
      expect(twice.errors![0]!.extensions!.code).toBe('CONFLICT');

      const resolved = await call(
        `mutation($id: ID!) { resolvePetition(id: $id, input: { kind: DECISION, text: "Kết luận nội dung tố cáo", resolvedOn: "2026-03-30" }) { ${fields} } }`,
        { id },
        hkHandler,
      );
      const after = resolved.data!.resolvePetition;
      expect(deadlineOf(after, 'RESOLUTION')).toMatchObject({ metOn: '2026-03-30', missed: false, overdue: false, daysLeft: null });
      expect(after.due).toEqual({ on: null, rule: 'No pending statutory deadline', ruleId: null, kind: null });
    });

    it('refuses tiers that do not apply to the kind, writing nothing', async () => {
      const feedback = await submit({ ...base, kind: 'FEEDBACK', receivedOn: '2026-03-02', subject: 'Phản ánh lấn chiếm vỉa hè' });
      expect((await accept(feedback.id, { complexity: 'COMPLEX' })).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.complexity' });
      const denounced = await submit(denunciation('2026-03-02'));
      expect((await accept(denounced.id, { remote: true })).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.remote' });
      expect((await accept(denounced.id, { complexity: 'HUGE' })).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
      for (const id of [feedback.id, denounced.id]) expect(await load(id)).toMatchObject({ status: 'RECEIVED', history: [{ action: 'RECEIVED' }] });
    });
  });

  describe('extensions (gia hạn) of a denunciation', () => {
    /** A denunciation received Tue 2026-10-20, accepted Mon 2026-10-26: resolution due Wed 2026-11-25 (30 days). */
    async function accepted(complexity: string) {
      const { id } = await submit(denunciation('2026-10-20'));
      const result = await accept(id, { on: '2026-10-26', complexity });
      expect(deadlineOf(result.data!.acceptPetition, 'RESOLUTION').dueOn).toBe('2026-11-25');
      return id as string;
    }

    it('extends a complex case once: the resolution deadline is recomputed, stored and published', async () => {
      const id = await accepted('COMPLEX');
      const result = await extend(id, { days: 30, decidedOn: '2026-11-20', decisionRef: '12/QĐ-UBND' });
      expect(result.errors).toBeUndefined();
      const extended = result.data!.extendResolutionDeadline;
      // 60 days from Mon 2026-10-26 → Fri 2026-12-25.
      expect(deadlineOf(extended, 'RESOLUTION')).toMatchObject({
        dueOn: '2026-12-25',
        ruleId: 'DENUNCIATION_RESOLUTION',
        basis: '30 days from acceptance (Law on Denunciations 2018, art. 30); complex case, extended (gia hạn) +30 days (decision 12/QĐ-UBND of 2026-11-20): 60 days in all',
        metOn: null,
        daysLeft: left('2026-12-25'),
      });
      expect(extended.extensions).toEqual([{ decidedOn: '2026-11-20', days: 30, decisionRef: '12/QĐ-UBND', recordedBy: 'hk-handler-1' }]);
      expect(extended.history.at(-1)).toEqual({ action: 'DEADLINE_EXTENDED', reason: 'Extension 1 (decision 12/QĐ-UBND of 2026-11-20): +30 days, due 2026-12-25' });
      const [event] = await eventually(async () => eventsOf(id, extendedType).length === 1 && eventsOf(id, extendedType));
      expect(event!.data).toMatchObject({
        petitionId: id,
        agencyId: 'ubnd-phuong-hoan-kiem',
        deadlineKind: 'RESOLUTION',
        ruleId: 'DENUNCIATION_RESOLUTION',
        previousDueOn: '2026-11-25',
        newDueOn: '2026-12-25',
        extensionNumber: 1,
        days: 30,
        decidedOn: '2026-11-20',
        decisionRef: '12/QĐ-UBND',
      });
      expect(JSON.stringify(event)).not.toContain('Nguyễn Văn An');
      // The resolution obligation moves with it, in the same write.
      const [rescheduled] = await eventually(async () => eventsOf(id, rescheduledType).length === 1 && eventsOf(id, rescheduledType));
      expect(rescheduled!.data).toMatchObject({
        obligationId: `petition:${id}:RESOLUTION:ubnd-phuong-hoan-kiem`,
        dueOn: '2026-12-25',
        previousDueOn: '2026-11-25',
        reason: expect.stringContaining('extended (gia hạn) +30 days (decision 12/QĐ-UBND of 2026-11-20)'),
      });

      // A second extension is beyond the legal count of a complex case: refused, nothing written.
      const before = await load(id);
      const second = await extend(id, { days: 10, decidedOn: '2026-11-27', decisionRef: '13/QĐ-UBND' });
      expect(second.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.extensions.1' });
      expect(second.errors![0]!.message).toMatch(/complex denunciation allows 1 extension/);
      expect(await load(id)).toEqual(before);
      await petitions.app.runtime.outbox.drain();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(eventsOf(id, extendedType)).toHaveLength(1);
      expect(eventsOf(id, rescheduledType)).toHaveLength(1);
    });

    it('extends a very complex case twice, never three times', async () => {
      const id = await accepted('VERY_COMPLEX');
      await extend(id, { days: 30, decidedOn: '2026-11-20', decisionRef: '20/QĐ-UBND' });
      const second = (await extend(id, { days: 20, decidedOn: '2026-11-27', decisionRef: '21/QĐ-UBND' })).data!.extendResolutionDeadline;
      // 80 days from Mon 2026-10-26 → Thu 2027-01-14, counted on the provisional 2027 calendar.
      expect(deadlineOf(second, 'RESOLUTION')).toMatchObject({ dueOn: '2027-01-14', provisional: true });
      expect(deadlineOf(second, 'RESOLUTION').basis).toMatch(/very complex case, extended \(gia hạn\) \+30 days .*, \+20 days .*: 80 days in all/);
      const third = await extend(id, { days: 5, decidedOn: '2026-11-27', decisionRef: '22/QĐ-UBND' });
      expect(third.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.extensions.2' });
      expect((await load(id)).extensions).toHaveLength(2);
    });

    it('refuses what the law does not allow, naming the field, and writes nothing', async () => {
      const normal = await accepted('NORMAL');
      const notComplex = await extend(normal, { days: 10, decidedOn: '2026-11-20', decisionRef: '30/QĐ-UBND' });
      expect(notComplex.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.extensions.0' });
      expect(notComplex.errors![0]!.message).toMatch(/not complex cannot be extended/);

      const complex = await accepted('COMPLEX');
      const tooLong = await extend(complex, { days: 31, decidedOn: '2026-11-20', decisionRef: '31/QĐ-UBND' });
      expect(tooLong.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.days' });
      const noDecision = await extend(complex, { days: 10, decidedOn: '2026-11-20', decisionRef: '  ' });
      expect(noDecision.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.decisionRef' });
      const beforeAcceptance = await extend(complex, { days: 10, decidedOn: '2026-10-25', decisionRef: '32/QĐ-UBND' });
      expect(beforeAcceptance.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.decidedOn' });
      // The period ended on Wed 2026-11-25: an extension decided after it is refused.
      const late = await extend(complex, { days: 10, decidedOn: '2026-11-26', decisionRef: '33/QĐ-UBND' });
      expect(late.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.decidedOn' });
      expect(late.errors![0]!.message).toMatch(/before the period it extends ends \(2026-11-25\)/);
      expect((await extend(complex, { days: 10, decidedOn: '2026-11-20', decisionRef: '34/QĐ' }, cnHandler)).errors![0]!.extensions!.code).toBe('FORBIDDEN');

      const { id: complaintId } = await submit(complaint('2026-10-20'));
      await accept(complaintId, { on: '2026-10-26', complexity: 'COMPLEX' });
      const ofComplaint = await extend(complaintId, { days: 10, decidedOn: '2026-11-20', decisionRef: '35/QĐ-UBND' });
      expect(ofComplaint.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(ofComplaint.errors![0]!.message).toMatch(/complaints have no extension/);
      const { id: received } = await submit(denunciation('2026-10-20'));
      expect((await extend(received, { days: 10, decidedOn: '2026-11-20', decisionRef: '36/QĐ-UBND' })).errors![0]!.extensions!.code).toBe('CONFLICT');

      for (const id of [normal, complex, complaintId]) {
        const after = await load(id);
        expect(after.extensions).toEqual([]);
        expect(after.history.map((h: any) => h.action)).toEqual(['RECEIVED', 'ACCEPTED']);
      }
      expect(eventsOf(complex, extendedType)).toEqual([]);
    });
  });

  describe('the holiday calendar as data', () => {
    const setYear = (input: object, caller: Caller = callers.admin) =>
      call(`mutation($input: SetHolidayYearInput!) { setHolidayYear(input: $input) { year provisional origin sources daysOff { on kind name } makeUpWorkingDays { on name } updatedBy } }`, { input }, caller);
    const years = async () => (await call(`{ holidayYears { year origin provisional } }`, {}, callers.analyst)).data!.holidayYears;
    const submitRaw = (input: object) => call(`mutation($input: SubmitPetitionInput!) { submitPetition(input: $input) { ${fields} } }`, { input }, hkClerk);
    const count = async () => (await call(`{ petitionCounts { total } }`, {}, callers.analyst)).data!.petitionCounts.total as number;

    it('lists the built-in years', async () => {
      expect(await years()).toEqual([
        { year: 2024, origin: 'BUILT_IN', provisional: false },
        { year: 2025, origin: 'BUILT_IN', provisional: false },
        { year: 2026, origin: 'BUILT_IN', provisional: false },
        { year: 2027, origin: 'BUILT_IN', provisional: true },
      ]);
    });

    it('refuses a deadline that runs into a year without a calendar, naming the year; an admin sets it, and the date follows', async () => {
      // Fri 2023-04-21 + 10 = Mon 2023-05-01: whether it is a day off, only the 2023 calendar can say.
      const old = { ...complaint('2023-04-21'), administrativeUnitId: 'quan-hoan-kiem' };
      const before = await count();
      const refused = await submitRaw(old);
      expect(refused.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.receivedOn', year: 2023, knownYears: [2024, 2025, 2026, 2027] });
      expect(refused.errors![0]!.message).toMatch(/no holiday calendar for 2023/);
      expect(await count()).toBe(before);

      expect((await setYear({ year: 2023, daysOff: [], makeUpWorkingDays: [] }, hkHandler)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
      const outside = await setYear({ year: 2023, daysOff: ['2023-05-01', '2024-01-01'], makeUpWorkingDays: [] });
      expect(outside.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.daysOff.1' });
      const weekday = await setYear({ year: 2023, daysOff: [], makeUpWorkingDays: ['2023-05-02'] });
      expect(weekday.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.makeUpWorkingDays.0' });
      expect((await years()).map((y: any) => y.year)).not.toContain(2023);

      // 30/4–3/5/2023: Mon 1/5 Labour Day, Tue 2/5 and Wed 3/5 compensatory (30/4 and Hùng Kings day fell on the weekend).
      const set = await setYear({ year: 2023, daysOff: ['2023-05-03', '2023-05-01', '2023-05-02'], makeUpWorkingDays: [], source: 'Thông báo 4978/TB-LĐTBXH' });
      expect(set.errors).toBeUndefined();
      expect(set.data!.setHolidayYear).toMatchObject({ year: 2023, provisional: false, origin: 'ADMIN', sources: ['Thông báo 4978/TB-LĐTBXH'], updatedBy: 'admin-1' });
      expect(set.data!.setHolidayYear.daysOff.map((x: any) => x.on)).toEqual(['2023-05-01', '2023-05-02', '2023-05-03']);
      const recorded = await submitRaw(old);
      expect(recorded.errors).toBeUndefined();
      expect(recorded.data!.submitPetition.deadlines[0]).toMatchObject({ dueOn: '2023-05-04', basis: expect.stringContaining('day 10 (Mon 2023-05-01) is a day off') });

      // Edited again (only 1/5 off): the next computation follows the edit.
      await setYear({ year: 2023, daysOff: ['2023-05-01'], makeUpWorkingDays: [] });
      const again = await submitRaw(old);
      expect(again.data!.submitPetition.deadlines[0].dueOn).toBe('2023-05-02');
      expect((await years()).find((y: any) => y.year === 2023)).toEqual({ year: 2023, origin: 'ADMIN', provisional: false });
      await eventually(async () => reader.events.filter((event) => event.type === 'vn.hanoi.petitions.holidayYear.set.v1' && event.subject === '2023').length === 2);
    });

    it('an edited year moves the dates computed after the edit, and recomputes the open cases it reaches, once each', async () => {
      // Fri 2026-10-23 + 10 = Mon 2026-11-02, a working day in the built-in data.
      const before = await submit(complaint('2026-10-23'));
      expect(before.due.on).toBe('2026-11-02');
      const accepted = await submit(complaint('2026-10-22'));
      const earlier = await submit(complaint('2025-10-23'));
      expect((await accept(accepted.id, { on: '2026-10-26' })).errors).toBeUndefined();
      const recomputedType = 'vn.hanoi.petitions.petition.deadlinesRecomputed.v1';
      const setEvents = () => reader.events.filter((event) => event.type === 'vn.hanoi.petitions.holidayYear.set.v1' && event.subject === '2026');
      /** Waits until the recomputation consumer has handled the latest `holidayYear.set` of 2026 (its processed mark). */
      const recomputed = async () => {
        const latest = await eventually(async () => setEvents().at(-1));
        await eventually(async () => petitions.db.collection('processed_events').findOne({ _id: `${deadlineRecomputeGroupId(petitions.config.KAFKA_TOPIC_PREFIX)}:${latest.id}` as never }));
      };
      const builtIn = (await call(`{ holidayYears(from: 2026, to: 2026) { daysOff { on } makeUpWorkingDays { on } } }`, {}, callers.analyst)).data!.holidayYears[0];
      const days = (list: { on: string }[]) => list.map((x) => x.on);
      const setsBefore = setEvents().length;
      try {
        await setYear({ year: 2026, daysOff: [...days(builtIn.daysOff), '2026-11-02'], makeUpWorkingDays: days(builtIn.makeUpWorkingDays) });
        expect((await submit(complaint('2026-10-23'))).due.on).toBe('2026-11-03');
        // Tết is kept: the admin's year replaced the built-in one with the same days plus 2/11.
        expect((await submit(complaint('2026-02-06'))).due.on).toBe('2026-02-23');
        await eventually(async () => setEvents().length === setsBefore + 1);
        await recomputed();
        // The case received before the edit follows it, says why, and tells the others.
        const moved = await load(before.id);
        expect(deadlineOf(moved, 'ACCEPTANCE')).toMatchObject({ dueOn: '2026-11-03', ruleId: 'COMPLAINT_ACCEPTANCE', basis: expect.stringContaining('Mon 2026-11-02') });
        // (Whichever year's event triggered it — the 2023 one may still be in progress — counts with today's calendar.)
        expect(moved.history.at(-1)).toEqual({ action: 'DEADLINES_RECOMPUTED', reason: expect.stringMatching(/^Holiday calendar changed \(year 20\d\d set\): ACCEPTANCE 2026-11-02 → 2026-11-03$/) });
        const event = await eventually(async () => eventsOf(before.id, recomputedType)[0]);
        expect(event.data).toMatchObject({ petitionId: before.id, dueOn: '2026-11-03', changes: [{ kind: 'ACCEPTANCE', ruleId: 'COMPLAINT_ACCEPTANCE', previousDueOn: '2026-11-02', newDueOn: '2026-11-03' }] });
        const obligation = await eventually(async () => eventsOf(before.id, rescheduledType)[0]);
        expect(obligation.data).toMatchObject({ obligationId: `petition:${before.id}:ACCEPTANCE:ubnd-phuong-hoan-kiem`, dueOn: '2026-11-03', previousDueOn: '2026-11-02' });
        // A met deadline stays as it was met.
        const acceptedNow = await load(accepted.id);
        expect(acceptedNow.deadlines.find((x: any) => x.kind === 'ACCEPTANCE')).toMatchObject({ dueOn: '2026-11-02', metOn: '2026-10-26' });
      } finally {
        await setYear({ year: 2026, daysOff: days(builtIn.daysOff), makeUpWorkingDays: days(builtIn.makeUpWorkingDays) });
      }
      expect((await submit(complaint('2026-10-23'))).due.on).toBe('2026-11-02');
      await eventually(async () => setEvents().length === setsBefore + 2);
      await recomputed();
      expect(deadlineOf(await load(before.id), 'ACCEPTANCE').dueOn).toBe('2026-11-02');
      // The second recomputation's events are published by the outbox relay after its write: read once both are on the topic.
      await eventually(async () => eventsOf(before.id, recomputedType).length >= 2 && eventsOf(before.id, rescheduledType).length >= 2).catch(() => undefined);
      expect(eventsOf(before.id, recomputedType).map((e) => (e.data as any).dueOn)).toEqual(['2026-11-03', '2026-11-02']);
      expect(eventsOf(before.id, rescheduledType).map((e) => [e.data.previousDueOn, e.data.dueOn])).toEqual([['2026-11-02', '2026-11-03'], ['2026-11-03', '2026-11-02']]);
      // A case whose deadline fell before 2026 was not touched by the 2026 edits.
      expect(eventsOf(earlier.id, recomputedType)).toEqual([]);
      expect((await load(earlier.id)).history.map((h: any) => h.action)).toEqual(['RECEIVED']);
    });
  });

  describe('overdue cases and the deadline sweeper', () => {
    it('filters overdue cases by their current due date (open ones only)', async () => {
      // Acceptance due Mon 2026-10-12; once accepted today, the current due date is the resolution's, 30 days on.
      const { id } = await submit(complaint('2026-10-02'));
      const overdueIds = async () =>
        (await call(`{ petitions(filter: { overdue: true, kind: COMPLAINT }, first: 100) { edges { node { id overdue } } } }`, {}, callers.analyst)).data!.petitions.edges.map(
          (edge: any) => edge.node,
        );
      expect(await overdueIds()).toContainEqual({ id, overdue: true });
      const accepted = (await accept(id, {})).data!.acceptPetition;
      const resolution = acceptanceDeadlines('COMPLAINT', hanoiToday(), { complexity: 'NORMAL', remote: false }, vietnamHolidayCalendar)[0]!;
      expect(accepted.due.on).toBe(resolution.dueOn.toISOString().slice(0, 10));
      const notOverdue = (await overdueIds()).map((node: any) => node.id);
      expect(notOverdue).not.toContain(id);
      // Every case listed as overdue is open and past its current due date.
      const listed = (await call(`{ petitions(filter: { overdue: true }, first: 100) { edges { node { status due { on } } } } }`, {}, callers.analyst)).data!.petitions.edges;
      const today = hanoiToday().toISOString().slice(0, 10);
      for (const { node } of listed) {
        expect(['RECEIVED', 'ACCEPTED', 'IN_PROGRESS']).toContain(node.status);
        expect(node.due.on < today).toBe(true);
      }
    });

    it('publishes one deadlineMissed per missed deadline, never twice: concurrent sweeps, another process, a restart', async () => {
      // A duplicate merged away keeps its unmet acceptance deadline, but is no longer open: not swept.
      const target = await submit(complaint('2026-09-01'));
      const merged = await submit(complaint('2026-09-02'));
      const merge = await call(
        `mutation($input: MergePetitionsInput!) { mergePetitions(input: $input) { id } }`,
        { input: { targetId: target.id, duplicateIds: [merged.id], reason: 'Trùng nội dung' } },
        hkHandler,
      );
      expect(merge.errors).toBeUndefined();
      expect((await load(merged.id)).deadlines).toMatchObject([{ kind: 'ACCEPTANCE', metOn: null, missed: true, overdue: false }]);

      const today = hanoiToday();
      const open = ['RECEIVED', 'ACCEPTED', 'IN_PROGRESS'];
      const expected = async () => {
        const docs = await petitions.db.collection('petitions').find({ status: { $in: open } }).toArray();
        return docs.flatMap((doc: any) =>
          doc.deadlines.filter((x: any) => !x.metOn && x.dueOn.getTime() < today.getTime()).map((x: any) => `${doc._id}/${x.kind}/${x.dueOn.toISOString().slice(0, 10)}`),
        ).sort();
      };
      const missed = await expected();
      expect(missed.length).toBeGreaterThan(10);
      const published = () =>
        reader.events.filter((event) => event.type === missedType).map((event) => `${event.data.petitionId}/${event.data.deadlineKind}/${event.data.dueOn}`).sort();

      const other = createApp({ ...petitions.config, PETITIONS_SWEEP_INTERVAL_MS: 0 });
      await other.start(0);
      try {
        // Two sweeps of this process and one of another process over the same database, at once.
        const counts = await Promise.all([petitions.app.sweeper.sweep(), petitions.app.sweeper.sweep(), other.sweeper.sweep()]);
        expect(counts.reduce((a, b) => a + b, 0)).toBe(missed.length);
        await Promise.all([petitions.app.runtime.outbox.drain(), other.runtime.outbox.drain()]);
        await eventually(async () => published().length >= missed.length);
        expect(published()).toEqual(missed);
        // Swept again (and by a restarted process): nothing left to publish.
        expect(await petitions.app.sweeper.sweep()).toBe(0);
        expect(await other.sweeper.sweep()).toBe(0);
      } finally {
        await other.stop();
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(published()).toEqual(missed);
      expect(published()).toContain(`${target.id}/ACCEPTANCE/2026-09-11`);
      expect(published().some((key) => key.startsWith(merged.id))).toBe(false);

      const event = reader.events.find((candidate) => candidate.type === missedType && candidate.data.deadlineKind === 'INITIAL_HANDLING') as CloudEvent;
      expect(Object.keys(event.data).sort()).toEqual(['agencyId', 'category', 'deadlineKind', 'dueOn', 'kind', 'petitionId', 'ruleId']);
      expect(event.data).toMatchObject({ kind: 'DENUNCIATION', ruleId: 'DENUNCIATION_INITIAL_HANDLING', agencyId: 'ubnd-phuong-hoan-kiem', category: 'LAND_HOUSING' });
      expect(event.subject).toBe(event.data.petitionId);
    });

    it('starts with the app and sweeps every PETITIONS_SWEEP_INTERVAL_MS; a new miss is published once', async () => {
      const sweeping = createApp({ ...petitions.config, PETITIONS_SWEEP_INTERVAL_MS: 150 });
      await sweeping.start(0);
      try {
        // Acceptance due Mon 2026-10-12, long past.
        const { id } = await submit(complaint('2026-10-01'));
        const events = await eventually(async () => eventsOf(id, missedType).length > 0 && eventsOf(id, missedType));
        expect(events.map((event) => [event.data.deadlineKind, event.data.ruleId, event.data.dueOn])).toEqual([['ACCEPTANCE', 'COMPLAINT_ACCEPTANCE', '2026-10-12']]);
        // Several more intervals pass: still one.
        await new Promise((resolve) => setTimeout(resolve, 700));
        expect(eventsOf(id, missedType)).toHaveLength(1);
        const stored = await petitions.db.collection('petitions').findOne({ _id: id as never });
        expect(stored!.deadlines[0].missedNotified).toBe(true);
        // A miss moves no obligation: the index reads it from the due day (one `opened`, nothing since).
        expect(eventsOf(id).filter((event) => event.type.includes('.obligation.')).map((event) => event.type.split('.')[4])).toEqual(['opened']);
        expect(stored!.unnotifiedDueOn).toBeNull();
      } finally {
        await sweeping.stop();
      }
    });
  });
});
