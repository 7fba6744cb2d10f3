import { callSubgraph, callers, collectEvents, eventually } from '@hanoi/platform/testing';
import type { Caller } from '@hanoi/platform';
import { startPetitions, type Petitions } from './support';

const hkClerk: Caller = { subject: 'hk-clerk-1', agency: 'ubnd-phuong-hoan-kiem', roles: ['clerk'] };
const cuaNamClerk: Caller = { subject: 'cn-clerk-1', agency: 'ubnd-phuong-cua-nam', roles: ['clerk'] };

const submit = `mutation($input: SubmitPetitionInput!) { submitPetition(input: $input) {
  id kind status subject address location { id } agency { id } suggestedAgency { id } routingRuleId overrideReason
  petitionerCount cosignerCount attachments { fileName mediaType sizeBytes sha256 receivedOn }
  due { on rule } deadlines { kind dueOn ruleId basis metOn missed }
  history { action actor agency { id } from to toAgency { id } }
  relatedCases { id }
} }`;

const sha = 'a'.repeat(64);
const complaint = {
  kind: 'COMPLAINT',
  channel: 'CITIZEN_RECEPTION',
  receivedOn: '2026-11-02',
  subject: 'Khiếu nại quyết định thu hồi đất tại ngõ 12 Hàng Bông',
  description: 'Gia đình chúng tôi không đồng ý với mức bồi thường.',
  category: 'LAND_HOUSING',
  administrativeUnitId: 'phuong-hoan-kiem',
  address: 'Số 5 ngõ 12 Hàng Bông',
  petitioners: [
    { fullName: 'Trần Văn Bình', phone: '0912345678', nationalId: '001090000001', address: 'Số 5 ngõ 12 Hàng Bông' },
    { fullName: 'Trần Thị Cúc' },
  ],
  attachments: [{ fileName: 'quyet-dinh-thu-hoi.pdf', mediaType: 'application/pdf', sizeBytes: 183_402, sha256: sha, receivedOn: '2026-11-02' }],
};

describe('petitions: intake, directory checks and routing', () => {
  let petitions: Petitions;
  const count = async () => (await callSubgraph(petitions.url, `{ petitions { totalCount } }`)).data!.petitions.totalCount as number;

  beforeAll(async () => {
    petitions = await startPetitions();
    await petitions.seedDirectory();
  });
  afterAll(() => petitions.stop());

  it('receives a complaint with co-signers and attachments, routed by the table to the ward committee', async () => {
    const result = await callSubgraph(petitions.url, submit, { input: complaint }, hkClerk);
    expect(result.errors).toBeUndefined();
    const petition = result.data!.submitPetition;
    expect(petition).toMatchObject({
      kind: 'COMPLAINT',
      status: 'RECEIVED',
      address: 'Số 5 ngõ 12 Hàng Bông',
      location: { id: 'phuong-hoan-kiem' },
      agency: { id: 'ubnd-phuong-hoan-kiem' },
      suggestedAgency: { id: 'ubnd-phuong-hoan-kiem' },
      routingRuleId: 'COMPLAINT.ANY.COMMUNE',
      overrideReason: null,
      petitionerCount: 2,
      cosignerCount: 2,
      attachments: [complaint.attachments[0]],
      due: { on: '2026-11-12' },
      deadlines: [{ kind: 'ACCEPTANCE', dueOn: '2026-11-12', ruleId: 'COMPLAINT_ACCEPTANCE', metOn: null, missed: true }],
      history: [{ action: 'RECEIVED', actor: 'hk-clerk-1', agency: { id: 'ubnd-phuong-hoan-kiem' }, from: null, to: 'RECEIVED', toAgency: { id: 'ubnd-phuong-hoan-kiem' } }],
    });
    expect(petition.deadlines[0].basis).toMatch(/art\. 27/);
  });

  it('asks for a reason when the handler overrides the suggestion, and keeps it', async () => {
    const input = { ...complaint, agencyId: 'so-nong-nghiep-va-moi-truong' };
    const before = await count();
    const refused = await callSubgraph(petitions.url, submit, { input }, hkClerk);
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.overrideReason', suggestedAgencyId: 'ubnd-phuong-hoan-kiem', ruleId: 'COMPLAINT.ANY.COMMUNE' });
    expect(await count()).toBe(before);
    const accepted = await callSubgraph(petitions.url, submit, { input: { ...input, overrideReason: 'Quyết định bị khiếu nại do Sở ban hành' } }, hkClerk);
    expect(accepted.data!.submitPetition).toMatchObject({
      agency: { id: 'so-nong-nghiep-va-moi-truong' },
      suggestedAgency: { id: 'ubnd-phuong-hoan-kiem' },
      overrideReason: 'Quyết định bị khiếu nại do Sở ban hành',
    });
    // Naming the suggested agency needs no reason.
    const same = await callSubgraph(petitions.url, submit, { input: { ...complaint, agencyId: 'ubnd-phuong-hoan-kiem' } }, hkClerk);
    expect(same.errors).toBeUndefined();
  });

  it('routes by the unit valid on the received day: a former district before the reform, the ward after', async () => {
    const before = await callSubgraph(petitions.url, submit, { input: { ...complaint, receivedOn: '2025-03-10', administrativeUnitId: 'quan-hoan-kiem' } }, hkClerk);
    expect(before.data!.submitPetition).toMatchObject({ agency: { id: 'ubnd-quan-hoan-kiem' }, routingRuleId: 'COMPLAINT.ANY.DISTRICT' });
    // Feedback on construction order at a ward: the ward committee; a category with no local rule: the city department.
    const feedback = { kind: 'FEEDBACK', channel: 'ONLINE', receivedOn: '2026-11-20', subject: 'Công trình không phép', category: 'CONSTRUCTION_URBAN_ORDER', administrativeUnitId: 'phuong-cua-nam' };
    const local = await callSubgraph(petitions.url, submit, { input: feedback }, cuaNamClerk);
    expect(local.data!.submitPetition.agency.id).toBe('ubnd-phuong-cua-nam');
    const city = await callSubgraph(petitions.url, submit, { input: { ...feedback, category: 'HEALTH' } }, cuaNamClerk);
    expect(city.data!.submitPetition).toMatchObject({ agency: { id: 'so-y-te' }, routingRuleId: 'FEEDBACK.HEALTH.CITY' });
  });

  it('refuses unknown units and agencies, a unit or agency not valid on the received day, and writes nothing', async () => {
    const before = await count();
    const expectError = async (input: object, code: string, field: string, message?: RegExp) => {
      const result = await callSubgraph(petitions.url, submit, { input: { ...complaint, ...input } }, hkClerk);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code, field });
      if (message) expect(result.errors![0]!.message).toMatch(message);
    };
    await expectError({ agencyId: 'so-khong-ton-tai' }, 'NOT_FOUND', 'input.agencyId');
    await expectError({ administrativeUnitId: 'phuong-khong-ton-tai' }, 'NOT_FOUND', 'input.administrativeUnitId');
    await expectError({ receivedOn: '2025-05-01' }, 'BAD_USER_INPUT', 'input.administrativeUnitId', /phuong-hoan-kiem is valid from 2025-07-01, not on 2025-05-01/);
    await expectError({ administrativeUnitId: 'quan-hoan-kiem' }, 'BAD_USER_INPUT', 'input.administrativeUnitId', /valid until 2025-06-30/);
    await expectError({ agencyId: 'ubnd-quan-hoan-kiem', overrideReason: 'x' }, 'BAD_USER_INPUT', 'input.agencyId', /valid until 2025-06-30/);
    await expectError({ cooperatingAgencyIds: ['so-xay-dung', 'so-khong-ton-tai'] }, 'NOT_FOUND', 'input.cooperatingAgencyIds.1');
    await expectError({ cooperatingAgencyIds: ['ubnd-phuong-hoan-kiem'] }, 'BAD_USER_INPUT', 'input.cooperatingAgencyIds');
    await expectError({ relatedCaseIds: ['no-such-case'] }, 'NOT_FOUND', 'input.relatedCaseIds.0');
    await expectError({ receptionId: 'no-such-session' }, 'NOT_FOUND', 'input.receptionId');
    expect(await count()).toBe(before);
  });

  it('refuses oversized or malformed input with the field at fault, and writes nothing', async () => {
    const before = await count();
    const expectBad = async (input: object, field: string) => {
      const result = await callSubgraph(petitions.url, submit, { input: { ...complaint, ...input } }, hkClerk);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    };
    const person = { fullName: 'Nguyễn Văn A' };
    const attachment = complaint.attachments[0];
    await expectBad({ subject: 'x'.repeat(501) }, 'input.subject');
    await expectBad({ subject: '   ' }, 'input.subject');
    await expectBad({ description: 'x'.repeat(20_001) }, 'input.description');
    await expectBad({ petitioners: Array.from({ length: 51 }, () => person) }, 'input.petitioners');
    await expectBad({ attachments: Array.from({ length: 21 }, () => attachment) }, 'input.attachments');
    await expectBad({ attachments: [{ ...attachment, sha256: 'xyz' }] }, 'input.attachments.0.sha256');
    await expectBad({ attachments: [{ ...attachment, sizeBytes: -1 }] }, 'input.attachments.0.sizeBytes');
    await expectBad({ attachments: [{ ...attachment, mediaType: 'pdf' }] }, 'input.attachments.0.mediaType');
    await expectBad({ petitioners: [{ fullName: 'A', phone: 'call me' }] }, 'input.petitioners.0.phone');
    await expectBad({ petitioners: [{ fullName: 'A', nationalId: '12' }] }, 'input.petitioners.0.nationalId');
    await expectBad({ receivedOn: '2026-02-30' }, 'input.receivedOn');
    await expectBad({ receivedOn: '2099-01-01' }, 'input.receivedOn');
    await expectBad({ channel: 'MAIL', receptionId: 'r1' }, 'input.channel');
    await expectBad({ relatedCaseIds: ['a', 'a'] }, 'input.relatedCaseIds.1');
    const forbidden = await callSubgraph(petitions.url, submit, { input: complaint }, callers.analyst);
    expect(forbidden.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const page = await callSubgraph(petitions.url, `{ petitions(first: 101) { totalCount } }`);
    expect(page.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const text = await callSubgraph(petitions.url, `query($t: String) { petitions(filter: { text: $t }) { totalCount } }`, { t: 'x'.repeat(201) });
    expect(text.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.text' });
    expect(await count()).toBe(before);
  });

  it('records citizen reception sessions of known hosting bodies and the cases recorded at them', async () => {
    const record = `mutation($input: RecordCitizenReceptionInput!) { recordCitizenReception(input: $input) { id hostAgency { id } leaders citizensReceived } }`;
    const session = { heldOn: '2026-11-16', hostAgencyId: 'ubnd-phuong-hoan-kiem', leaders: ['Chủ tịch UBND phường'], place: 'Trụ sở UBND phường Hoàn Kiếm', citizensReceived: 14 };
    const recorded = await callSubgraph(petitions.url, record, { input: session }, hkClerk);
    expect(recorded.data!.recordCitizenReception).toMatchObject({ hostAgency: { id: 'ubnd-phuong-hoan-kiem' }, citizensReceived: 14 });
    const other = await callSubgraph(petitions.url, record, { input: session }, cuaNamClerk);
    expect(other.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const unknown = await callSubgraph(petitions.url, record, { input: { ...session, hostAgencyId: 'ubnd-khong-co' } }, callers.admin);
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.hostAgencyId' });

    const receptionId = recorded.data!.recordCitizenReception.id;
    const atSession = await callSubgraph(petitions.url, submit, { input: { ...complaint, receivedOn: '2026-11-16', receptionId } }, hkClerk);
    expect(atSession.errors).toBeUndefined();
    const reception = await callSubgraph(petitions.url, `query($id: ID!) { citizenReception(id: $id) { citizensReceived cases { id } } }`, { id: receptionId });
    expect(reception.data!.citizenReception).toEqual({ citizensReceived: 14, cases: [{ id: atSession.data!.submitPetition.id }] });
  });

  describe('the routing rule table', () => {
    const rules = `query($kind: PetitionKind, $level: RoutingLevel) { routingRules(kind: $kind, level: $level) { id category level target agency { id } legalBasis } }`;
    const suggest = `query($kind: PetitionKind!, $category: PetitionCategory!, $unit: ID) {
      suggestAgency(kind: $kind, category: $category, administrativeUnitId: $unit) { agency { id } rule { id target } legalBasis } }`;
    const create = `mutation($input: CreateRoutingRuleInput!) { createRoutingRule(input: $input) { id target agency { id } } }`;

    it('is seeded with defaults, each with its legal basis', async () => {
      const result = await callSubgraph(petitions.url, rules, { kind: 'COMPLAINT', level: 'COMMUNE' }, callers.analyst);
      expect(result.data!.routingRules).toEqual([
        { id: 'COMPLAINT.ANY.COMMUNE', category: null, level: 'COMMUNE', target: 'COMMUNE_COMMITTEE_OF_UNIT', agency: null, legalBasis: expect.stringMatching(/Luật Khiếu nại 2011, Điều 17/) },
      ]);
      const suggested = await callSubgraph(petitions.url, suggest, { kind: 'DENUNCIATION', category: 'MISCONDUCT_CORRUPTION', unit: null }, callers.analyst);
      expect(suggested.data!.suggestAgency).toMatchObject({ agency: { id: 'thanh-tra-thanh-pho' }, rule: { id: 'DENUNCIATION.MISCONDUCT_CORRUPTION.CITY' } });
      const unknownUnit = await callSubgraph(petitions.url, suggest, { kind: 'FEEDBACK', category: 'HEALTH', unit: 'nowhere' }, callers.analyst);
      expect(unknownUnit.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'administrativeUnitId' });
    });

    it('is edited by admins only, every change published, and changes the suggestions', async () => {
      const reader = await collectEvents(petitions.config.KAFKA_BROKERS, petitions.app.runtime.topic('petitions'));
      try {
        const input = { kind: 'FEEDBACK', category: 'HEALTH', level: 'COMMUNE', agencyId: 'ubnd-phuong-hoan-kiem', legalBasis: 'Trạm y tế phường thuộc UBND phường' };
        const notAdmin = await callSubgraph(petitions.url, create, { input }, { ...hkClerk, roles: ['leader'] });
        expect(notAdmin.errors![0]!.extensions!.code).toBe('FORBIDDEN');
        const unknown = await callSubgraph(petitions.url, create, { input: { ...input, agencyId: 'so-khong-co' } }, callers.admin);
        expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.agencyId' });
        const created = await callSubgraph(petitions.url, create, { input }, callers.admin);
        expect(created.data!.createRoutingRule).toEqual({ id: 'FEEDBACK.HEALTH.COMMUNE', target: 'ubnd-phuong-hoan-kiem', agency: { id: 'ubnd-phuong-hoan-kiem' } });
        const twice = await callSubgraph(petitions.url, create, { input }, callers.admin);
        expect(twice.errors![0]!.extensions!.code).toBe('CONFLICT');
        const local = await callSubgraph(petitions.url, suggest, { kind: 'FEEDBACK', category: 'HEALTH', unit: 'phuong-hoan-kiem' }, callers.analyst);
        expect(local.data!.suggestAgency.agency.id).toBe('ubnd-phuong-hoan-kiem');

        const updated = await callSubgraph(
          petitions.url,
          `mutation { updateRoutingRule(id: "FEEDBACK.HEALTH.COMMUNE", input: { agencyId: "COMMUNE_COMMITTEE_OF_UNIT", legalBasis: "UBND cấp xã quản lý y tế cơ sở" }) { target agency { id } } }`,
          {},
          callers.admin,
        );
        expect(updated.data!.updateRoutingRule).toEqual({ target: 'COMMUNE_COMMITTEE_OF_UNIT', agency: null });
        const token = await callSubgraph(petitions.url, suggest, { kind: 'FEEDBACK', category: 'HEALTH', unit: 'phuong-cua-nam' }, callers.analyst);
        expect(token.data!.suggestAgency.agency.id).toBe('ubnd-phuong-cua-nam');

        const deleted = await callSubgraph(petitions.url, `mutation { deleteRoutingRule(id: "FEEDBACK.HEALTH.COMMUNE") { id } }`, {}, callers.admin);
        expect(deleted.errors).toBeUndefined();
        const fallback = await callSubgraph(petitions.url, suggest, { kind: 'FEEDBACK', category: 'HEALTH', unit: 'phuong-cua-nam' }, callers.analyst);
        expect(fallback.data!.suggestAgency).toMatchObject({ agency: { id: 'so-y-te' }, rule: { id: 'FEEDBACK.HEALTH.CITY' } });
        const again = await callSubgraph(petitions.url, `mutation { deleteRoutingRule(id: "FEEDBACK.HEALTH.COMMUNE") { id } }`, {}, callers.admin);
        expect(again.errors![0]!.extensions!.code).toBe('NOT_FOUND');
        // Re-created after deletion: it comes back.
        const revived = await callSubgraph(petitions.url, create, { input }, callers.admin);
        expect(revived.errors).toBeUndefined();

        const changes = await eventually(async () => {
          const found = reader.events.filter((event) => event.subject === 'FEEDBACK.HEALTH.COMMUNE').map((event) => event.type);
          return found.length === 4 && found;
        });
        expect(changes).toEqual([
          'vn.hanoi.petitions.routingRule.created.v1',
          'vn.hanoi.petitions.routingRule.updated.v1',
          'vn.hanoi.petitions.routingRule.deleted.v1',
          'vn.hanoi.petitions.routingRule.created.v1',
        ]);
      } finally {
        await reader.stop();
      }
    });
  });
});
