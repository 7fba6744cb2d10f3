import type { Caller } from '@hanoi/platform';
import { callSubgraph, callers, collectEvents, eventually } from '@hanoi/platform/testing';
import { startPetitions, type Petitions } from './support';

const committeeClerk: Caller = { subject: 'committee-clerk-9', agency: 'committee', roles: ['clerk'] };
const councilClerk: Caller = { subject: 'council-clerk-9', agency: 'council', roles: ['clerk'] };
const hkClerk: Caller = { subject: 'hk-clerk-9', agency: 'ubnd-phuong-hoan-kiem', roles: ['clerk'] };
const hkHandler: Caller = { subject: 'hk-handler-9', agency: 'ubnd-phuong-hoan-kiem', roles: ['handler'] };
const xdHandler: Caller = { subject: 'xd-handler-9', agency: 'so-xay-dung', roles: ['handler'] };

const scheduleFields = `id kind title hostAgency { id } participatingAgencies { id } recurrence { kind dayOfMonth weekday weekOfMonth }
  dates validFrom validTo leaders { name position } place cancelledOn cancelReason receptions { id heldOn }`;
const monthly = {
  kind: 'REGULAR',
  hostAgencyId: 'committee',
  title: 'Chủ tịch UBND thành phố tiếp công dân định kỳ',
  recurrence: { kind: 'MONTHLY_ON_DAY', dayOfMonth: 15 },
  validFrom: '2026-01-01',
  validTo: '2026-12-31',
  leaders: [{ name: 'Trần Sỹ Thanh', position: 'Chủ tịch UBND thành phố' }],
  place: 'Trụ sở Tiếp công dân thành phố, 1 Đinh Lễ',
};
const complaint = {
  kind: 'COMPLAINT',
  channel: 'MAIL',
  receivedOn: '2026-11-02',
  subject: 'Khiếu nại quyết định thu hồi đất',
  category: 'LAND_HOUSING',
  administrativeUnitId: 'phuong-hoan-kiem',
  petitioners: [{ fullName: 'Phạm Thị Hoa', nationalId: '001190000456', phone: '0912 345 678' }],
};

describe('petitions: reception schedules and satisfaction', () => {
  let petitions: Petitions;
  let reader: Awaited<ReturnType<typeof collectEvents>>;
  const call = (query: string, variables: Record<string, unknown>, caller: Caller) => callSubgraph(petitions.url, query, variables, caller);
  const ok = async (query: string, variables: Record<string, unknown>, caller: Caller) => {
    const result = await call(query, variables, caller);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!;
  };
  const errorOf = async (query: string, variables: Record<string, unknown>, caller: Caller) => {
    const result = await call(query, variables, caller);
    expect(result.errors).toHaveLength(1);
    return result.errors![0]!.extensions!;
  };
  const create = (input: object, caller: Caller) => call(`mutation($input: CreateReceptionScheduleInput!) { createReceptionSchedule(input: $input) { ${scheduleFields} } }`, { input }, caller);
  const days = (variables: Record<string, unknown>) =>
    ok(`query($from: Date!, $to: Date!, $agencyId: ID, $kind: ReceptionScheduleKind) {
      receptionDays(from: $from, to: $to, agencyId: $agencyId, kind: $kind) { on movedFrom schedule { id kind leaders { name } } reception { id citizensReceived } }
    }`, variables, callers.analyst);

  beforeAll(async () => {
    petitions = await startPetitions();
    await petitions.seedDirectory();
    reader = await collectEvents(petitions.config.KAFKA_BROKERS, petitions.app.runtime.topic('petitions'));
  });
  afterAll(async () => {
    await reader.stop();
    await petitions.stop();
  });

  describe('reception schedules', () => {
    let scheduleId: string;
    let jointId: string;

    it('publishes a body\'s regular days (its staff) and the bodies\' joint days (administrators only)', async () => {
      const created = await create(monthly, committeeClerk);
      expect(created.errors).toBeUndefined();
      scheduleId = created.data!.createReceptionSchedule.id;
      expect(created.data!.createReceptionSchedule).toMatchObject({ kind: 'REGULAR', hostAgency: { id: 'committee' }, recurrence: { kind: 'MONTHLY_ON_DAY', dayOfMonth: 15, weekday: null }, validTo: '2026-12-31', cancelledOn: null });

      const joint = { ...monthly, kind: 'JOINT', participatingAgencyIds: ['council', 'front'], title: 'Tiếp công dân liên ngành', recurrence: null, dates: ['2026-06-25', '2026-12-24'] };
      expect((await create(joint, committeeClerk)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
      const byAdmin = await create(joint, callers.admin);
      expect(byAdmin.errors).toBeUndefined();
      jointId = byAdmin.data!.createReceptionSchedule.id;
      expect(byAdmin.data!.createReceptionSchedule.participatingAgencies).toEqual([{ id: 'council' }, { id: 'front' }]);

      await eventually(async () => reader.events.some((event) => event.type === 'vn.hanoi.petitions.receptionSchedule.created.v1' && event.subject === jointId));
      const event = reader.events.find((e) => e.subject === scheduleId)!;
      expect(event.data).toMatchObject({ receptionScheduleId: scheduleId, kind: 'REGULAR', hostAgencyId: 'committee', validFrom: '2026-01-01', leaders: monthly.leaders });
    });

    it('refuses another body\'s staff, bad input and unknown bodies, naming the field, and writes nothing', async () => {
      expect((await create(monthly, councilClerk)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
      expect((await create({ ...monthly, dates: ['2026-02-03'] }, committeeClerk)).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.recurrence' });
      expect((await create({ ...monthly, validTo: '2025-12-31' }, committeeClerk)).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.validTo' });
      expect((await create({ ...monthly, kind: 'JOINT', participatingAgencyIds: ['nobody'] }, callers.admin)).errors![0]!.extensions).toMatchObject({
        code: 'NOT_FOUND',
        field: 'input.participatingAgencyIds.0',
      });
      const { receptionSchedules } = await ok(`{ receptionSchedules(filter: { agencyId: "committee" }) { totalCount } }`, {}, callers.analyst);
      expect(receptionSchedules.totalCount).toBe(2);
    });

    it('lists the days of a range in date order, a day off moved to the next working day', async () => {
      const { receptionDays } = await days({ from: '2026-02-01', to: '2026-06-30', agencyId: 'council' });
      expect(receptionDays).toEqual([{ on: '2026-06-25', movedFrom: null, schedule: { id: jointId, kind: 'JOINT', leaders: [{ name: 'Trần Sỹ Thanh' }] }, reception: null }]);
      const committee = (await days({ from: '2026-02-01', to: '2026-03-31', agencyId: 'committee', kind: 'REGULAR' })).receptionDays;
      // 15/2/2026 is a Sunday in the Tết break (16–20/2): moved to Monday 23/2; 15/3 is a Sunday: Monday 16/3.
      expect(committee.map((d: { on: string; movedFrom: string }) => [d.on, d.movedFrom])).toEqual([
        ['2026-02-23', '2026-02-15'],
        ['2026-03-16', '2026-03-15'],
      ]);
      expect(await errorOf(`{ receptionDays(from: "2026-01-01", to: "2027-01-02") { on } }`, {}, callers.analyst)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    });

    it('links a reception session to the schedule day it held, refusing a day the schedule does not give', async () => {
      const record = (heldOn: string) =>
        call(`mutation($input: RecordCitizenReceptionInput!) { recordCitizenReception(input: $input) { id schedule { id } } }`, {
          input: { heldOn, hostAgencyId: 'committee', leaders: ['Trần Sỹ Thanh'], place: monthly.place, citizensReceived: 12, receptionScheduleId: scheduleId },
        }, committeeClerk);
      expect((await record('2026-02-16')).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.heldOn' });
      const held = await record('2026-02-23');
      expect(held.errors).toBeUndefined();
      expect(held.data!.recordCitizenReception.schedule).toEqual({ id: scheduleId });
      const { receptionDays } = await days({ from: '2026-02-23', to: '2026-02-23' });
      expect(receptionDays[0].reception).toEqual({ id: held.data!.recordCitizenReception.id, citizensReceived: 12 });
    });

    it('changes the leaders on duty, cancels from a day on, and refuses to change a cancelled schedule', async () => {
      const { hostAgencyId: _h, kind: _k, ...fields } = monthly;
      const changed = await ok(`mutation($id: ID!, $input: UpdateReceptionScheduleInput!) { updateReceptionSchedule(id: $id, input: $input) { ${scheduleFields} } }`, {
        id: scheduleId,
        input: { ...fields, leaders: [{ name: 'Dương Đức Tuấn', position: 'Phó Chủ tịch Thường trực UBND thành phố' }] },
      }, committeeClerk);
      expect(changed.updateReceptionSchedule.leaders).toEqual([{ name: 'Dương Đức Tuấn', position: 'Phó Chủ tịch Thường trực UBND thành phố' }]);
      expect(changed.updateReceptionSchedule.receptions).toHaveLength(1);

      const cancel = (input: object) => call(`mutation($id: ID!, $input: CancelReceptionScheduleInput!) { cancelReceptionSchedule(id: $id, input: $input) { id cancelledOn cancelReason } }`, { id: scheduleId, input }, committeeClerk);
      expect((await cancel({ from: '2026-01-01', reason: 'Thay lịch' })).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.from' });
      const cancelled = await cancel({ from: '2026-12-10', reason: 'Thay bằng lịch năm 2027' });
      expect(cancelled.data!.cancelReceptionSchedule).toMatchObject({ cancelledOn: '2026-12-10', cancelReason: 'Thay bằng lịch năm 2027' });
      // The 15/12 day is gone; days before the cancellation stay.
      const december = (await days({ from: '2026-11-01', to: '2026-12-31', agencyId: 'committee', kind: 'REGULAR' })).receptionDays;
      expect(december.map((d: { on: string }) => d.on)).toEqual(['2026-11-16']);
      expect((await cancel({ reason: 'again' })).errors![0]!.extensions!.code).toBe('CONFLICT');
      expect(
        (await call(`mutation($id: ID!, $input: UpdateReceptionScheduleInput!) { updateReceptionSchedule(id: $id, input: $input) { id } }`, { id: scheduleId, input: fields }, committeeClerk)).errors![0]!
          .extensions!.code,
      ).toBe('CONFLICT');
    });
  });

  describe('satisfaction', () => {
    const satisfactionFields = `id status satisfaction { level channel recordedOn recordedBy recordedByAgency { id } secondComplaintOpenUntil } secondComplaint { id kind previousCase { id } }`;
    const record = (id: string, input: object, caller: Caller = hkHandler) =>
      call(`mutation($id: ID!, $input: RecordSatisfactionInput!) { recordSatisfaction(id: $id, input: $input) { ${satisfactionFields} } }`, { id, input }, caller);

    /** A complaint of the ward, accepted and resolved on 20/11/2026. */
    async function resolvedComplaint(input: object = complaint): Promise<string> {
      const { submitPetition } = await ok(`mutation($input: SubmitPetitionInput!) { submitPetition(input: $input) { id } }`, { input }, hkClerk);
      const id = submitPetition.id as string;
      if ((input as { kind: string }).kind === 'COMPLAINT') await ok(`mutation($id: ID!) { acceptPetition(id: $id, input: { on: "2026-11-05" }) { id } }`, { id }, hkHandler);
      await ok(`mutation($id: ID!) { resolvePetition(id: $id, input: { kind: DECISION, text: "Quyết định giải quyết số 21/QĐ-UBND", resolvedOn: "2026-11-20" }) { id } }`, { id }, hkHandler);
      return id;
    }

    it('records a dissatisfied complainant once, with the last day of the second-complaint period, and publishes no personal data', async () => {
      const id = await resolvedComplaint();
      expect((await record(id, { level: 'DISSATISFIED', recordedOn: '2026-11-25' }, xdHandler)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
      expect((await record(id, { level: 'DISSATISFIED', recordedOn: '2026-11-19' })).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.recordedOn' });
      const result = await record(id, { level: 'DISSATISFIED', channel: 'ONLINE', recordedOn: '2026-11-25' });
      expect(result.errors).toBeUndefined();
      // 30 days after 20/11 is Sunday 20/12/2026: the period ends on Monday 21/12 (Law on Complaints 2011, art. 33).
      expect(result.data!.recordSatisfaction).toMatchObject({
        satisfaction: { level: 'DISSATISFIED', channel: 'ONLINE', recordedOn: '2026-11-25', recordedBy: hkHandler.subject, recordedByAgency: { id: 'ubnd-phuong-hoan-kiem' }, secondComplaintOpenUntil: '2026-12-21' },
        secondComplaint: null,
      });
      expect((await record(id, { level: 'SATISFIED', recordedOn: '2026-11-26' })).errors![0]!.extensions!.code).toBe('CONFLICT');

      const event = await eventually(async () => reader.events.find((e) => e.type === 'vn.hanoi.petitions.petition.satisfactionRecorded.v1' && e.subject === id));
      expect(event.data).toEqual({
        petitionId: id,
        agencyId: 'ubnd-phuong-hoan-kiem',
        kind: 'COMPLAINT',
        category: 'LAND_HOUSING',
        channel: 'MAIL',
        status: 'RESOLVED',
        dueOn: null,
        satisfaction: 'DISSATISFIED',
        recordedVia: 'ONLINE',
        recordedOn: '2026-11-25',
        resolvedOn: '2026-11-20',
        secondComplaintId: null,
      });
      expect(JSON.stringify(event)).not.toMatch(/Phạm Thị Hoa|001190000456|0912/);
    });

    it('opens the second complaint at once when the dissatisfied complainant lodges it, linked both ways', async () => {
      const id = await resolvedComplaint();
      const second = { receivedOn: '2026-11-27', agencyId: 'committee', overrideReason: 'Khiếu nại lần hai do Chủ tịch UBND thành phố giải quyết' };
      expect((await record(id, { level: 'DISSATISFIED', recordedOn: '2026-11-27', secondComplaint: { ...second, agencyId: 'nobody' } })).errors![0]!.extensions).toMatchObject({
        code: 'NOT_FOUND',
        field: 'input.secondComplaint.agencyId',
      });
      const result = await record(id, { level: 'DISSATISFIED', recordedOn: '2026-11-27', secondComplaint: second });
      expect(result.errors).toBeUndefined();
      const { satisfaction, secondComplaint } = result.data!.recordSatisfaction;
      expect(satisfaction).toMatchObject({ level: 'DISSATISFIED', channel: 'MAIL', secondComplaintOpenUntil: null });
      expect(secondComplaint).toMatchObject({ kind: 'SECOND_COMPLAINT', previousCase: { id } });
      const event = await eventually(async () => reader.events.find((e) => e.type === 'vn.hanoi.petitions.petition.satisfactionRecorded.v1' && e.subject === id));
      expect(event.data).toMatchObject({ satisfaction: 'DISSATISFIED', secondComplaintId: secondComplaint.id });
    });

    it('refuses a second complaint where none applies, and satisfaction before resolution', async () => {
      const recommendation = await resolvedComplaint({ ...complaint, kind: 'RECOMMENDATION', subject: 'Kiến nghị lắp đèn chiếu sáng ngõ 12' });
      expect((await record(recommendation, { level: 'DISSATISFIED', recordedOn: '2026-11-27', secondComplaint: { receivedOn: '2026-11-27' } })).errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.secondComplaint',
      });
      const satisfied = await record(recommendation, { level: 'PARTLY', recordedOn: '2026-11-27' });
      expect(satisfied.data!.recordSatisfaction.satisfaction).toMatchObject({ level: 'PARTLY', secondComplaintOpenUntil: null });

      const { submitPetition } = await ok(`mutation($input: SubmitPetitionInput!) { submitPetition(input: $input) { id } }`, { input: complaint }, hkClerk);
      expect((await record(submitPetition.id, { level: 'SATISFIED', recordedOn: '2026-11-27' })).errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
    });
  });
});
