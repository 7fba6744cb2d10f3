import { callSubgraph, callers, eventually } from '@hanoi/platform/testing';
import { collectFrontEvents, dayFromToday, frontWrite, startFront, type Front } from './support';

const createConsultation = `mutation($input: CreateElectionConsultationInput!) { createElectionConsultation(input: $input) { id election term round } }`;
const nominate = `mutation($input: NominateCandidateInput!) {
  nominateCandidate(input: $input) { id status rounds { round status decidedOn consultation { id } } }
}`;
const recordRound = `mutation($candidateId: ID!, $input: RecordCandidateRoundResultInput!) {
  recordCandidateRoundResult(candidateId: $candidateId, input: $input) {
    id status consultation { id round } rounds { round status decidedOn consultation { id round } candidate { id } }
  }
}`;
const readCandidate = `query($id: ID!) { candidate(id: $id) { status rounds { round status } } }`;
const readConsultation = `query($id: ID!) { electionConsultation(id: $id) {
  round candidates { id fullName } candidateRounds { round status decidedOn candidate { id fullName } }
} }`;

describe('front subgraph: election consultation rounds (hiệp thương)', () => {
  let front: Front;
  let events: Awaited<ReturnType<typeof collectFrontEvents>>;
  const round: Record<number, string> = {};
  let otherElectionRound2: string;

  const addCandidate = async (fullName: string) =>
    (await frontWrite(front.url, nominate, { input: { consultationId: round[1], fullName, nominatedByAgencyId: 'front' } })).nominateCandidate.id as string;
  const result = (candidateId: string, roundNumber: number, status: string, decidedOn = `2026-0${roundNumber + 1}-20`) =>
    callSubgraph(front.url, recordRound, { candidateId, input: { consultationId: round[roundNumber], status, decidedOn } }, callers.frontClerk);

  beforeAll(async () => {
    front = await startFront();
    events = await collectFrontEvents(front);
    for (const n of [1, 2, 3]) {
      round[n] = (await frontWrite(front.url, createConsultation, {
        input: { election: 'PEOPLES_COUNCIL', term: '2026-2031', round: n, heldOn: `2026-0${n + 1}-15` },
      })).createElectionConsultation.id;
    }
    otherElectionRound2 = (await frontWrite(front.url, createConsultation, {
      input: { election: 'NATIONAL_ASSEMBLY', term: '2026-2031', round: 2, heldOn: '2026-03-15' },
    })).createElectionConsultation.id;
  });
  afterAll(async () => {
    await events.stop();
    await front.stop();
  });

  it('publishes the consultation round and each nomination with their contracts', async () => {
    const id = await addCandidate('Lê Thu Hà');
    const nominated = await eventually(async () => events.events.find((e) => e.subject === id && e.type === 'vn.hanoi.front.candidate.nominated.v1'));
    expect(nominated.data).toEqual({ candidateId: id, consultationId: round[1], fullName: 'Lê Thu Hà', nominatedByAgencyId: 'front', round: 1 });
    const created = await eventually(async () => events.events.find((e) => e.subject === round[2] && e.type === 'vn.hanoi.front.electionConsultation.created.v1'));
    expect(created.data).toEqual({ electionConsultationId: round[2], election: 'PEOPLES_COUNCIL', term: '2026-2031', round: 2, heldOn: '2026-03-15' });
  });

  it('carries a candidate nominated in round 1 through rounds 2 and 3 with a status per round', async () => {
    const id = await addCandidate('Nguyễn Thị Lan');
    const nominated = await callSubgraph(front.url, readCandidate, { id });
    expect(nominated.data!.candidate).toEqual({ status: 'NOMINATED', rounds: [{ round: 1, status: 'NOMINATED' }] });

    expect((await result(id, 1, 'ACCEPTED')).errors).toBeUndefined();
    expect((await result(id, 2, 'ACCEPTED')).errors).toBeUndefined();
    const third = await result(id, 3, 'ACCEPTED', '2026-04-16');
    expect(third.errors).toBeUndefined();
    const candidate = third.data!.recordCandidateRoundResult;
    expect(candidate.status).toBe('ACCEPTED');
    expect(candidate.consultation).toEqual({ id: round[1], round: 1 });
    expect(candidate.rounds).toEqual([
      { round: 1, status: 'ACCEPTED', decidedOn: '2026-02-20', consultation: { id: round[1], round: 1 }, candidate: { id } },
      { round: 2, status: 'ACCEPTED', decidedOn: '2026-03-20', consultation: { id: round[2], round: 2 }, candidate: { id } },
      { round: 3, status: 'ACCEPTED', decidedOn: '2026-04-16', consultation: { id: round[3], round: 3 }, candidate: { id } },
    ]);

    const recorded = await eventually(async () => {
      const found = events.events.filter((e) => e.subject === id && e.type === 'vn.hanoi.front.candidate.roundRecorded.v1');
      return found.length === 3 && found;
    });
    expect(recorded.map((e) => [e.data.round, e.data.status, e.data.previousStatus])).toEqual([
      [1, 'ACCEPTED', 'NOMINATED'],
      [2, 'ACCEPTED', 'ACCEPTED'],
      [3, 'ACCEPTED', 'ACCEPTED'],
    ]);
    expect(recorded[2]!.data).toMatchObject({ candidateId: id, consultationId: round[3], election: 'PEOPLES_COUNCIL', term: '2026-2031', decidedOn: '2026-04-16' });
  });

  it('refuses round 3 before round 2, and going back to a past round (CONFLICT), changing nothing', async () => {
    const id = await addCandidate('Trần Văn Bình');
    const skipped = await result(id, 3, 'ACCEPTED');
    expect(skipped.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.consultationId' });
    expect((await callSubgraph(front.url, readCandidate, { id })).data!.candidate.rounds).toEqual([{ round: 1, status: 'NOMINATED' }]);

    expect((await result(id, 2, 'NOMINATED')).errors).toBeUndefined();
    const back = await result(id, 1, 'ACCEPTED');
    expect(back.errors![0]!.extensions!.code).toBe('CONFLICT');
    expect((await callSubgraph(front.url, readCandidate, { id })).data!.candidate).toEqual({
      status: 'NOMINATED',
      rounds: [{ round: 1, status: 'NOMINATED' }, { round: 2, status: 'NOMINATED' }],
    });
  });

  it('keeps a withdrawn or rejected candidate out of later rounds (CONFLICT)', async () => {
    const rejected = await addCandidate('Lê Hoàng Cường');
    expect((await result(rejected, 1, 'REJECTED')).errors).toBeUndefined();
    const afterRejection = await result(rejected, 2, 'ACCEPTED');
    expect(afterRejection.errors![0]!.extensions!.code).toBe('CONFLICT');

    const withdrawn = await addCandidate('Phạm Minh Dũng');
    expect((await result(withdrawn, 2, 'WITHDRAWN')).errors).toBeUndefined();
    const afterWithdrawal = await result(withdrawn, 3, 'NOMINATED');
    expect(afterWithdrawal.errors![0]!.extensions!.code).toBe('CONFLICT');
    const changeOfMind = await result(withdrawn, 2, 'ACCEPTED');
    expect(changeOfMind.errors![0]!.extensions!.code).toBe('CONFLICT');
    expect((await callSubgraph(front.url, readCandidate, { id: withdrawn })).data!.candidate).toEqual({
      status: 'WITHDRAWN',
      rounds: [{ round: 1, status: 'NOMINATED' }, { round: 2, status: 'WITHDRAWN' }],
    });
  });

  it('lists each round\'s candidates with their status in that round', async () => {
    const r2 = await callSubgraph(front.url, readConsultation, { id: round[2] });
    const byName = Object.fromEntries(
      r2.data!.electionConsultation.candidateRounds.map((c: { candidate: { fullName: string }; status: string; round: number }) => [c.candidate.fullName, [c.round, c.status]]),
    );
    expect(byName).toEqual({
      'Nguyễn Thị Lan': [2, 'ACCEPTED'],
      'Phạm Minh Dũng': [2, 'WITHDRAWN'],
      'Trần Văn Bình': [2, 'NOMINATED'],
    });
    expect(r2.data!.electionConsultation.candidates.map((c: { fullName: string }) => c.fullName)).toEqual(['Nguyễn Thị Lan', 'Phạm Minh Dũng', 'Trần Văn Bình']);

    const r1 = await callSubgraph(front.url, readConsultation, { id: round[1] });
    const statuses = Object.fromEntries(
      r1.data!.electionConsultation.candidateRounds.map((c: { candidate: { fullName: string }; status: string }) => [c.candidate.fullName, c.status]),
    );
    expect(statuses).toMatchObject({ 'Nguyễn Thị Lan': 'ACCEPTED', 'Lê Hoàng Cường': 'REJECTED', 'Trần Văn Bình': 'NOMINATED' });
    const r3 = await callSubgraph(front.url, readConsultation, { id: round[3] });
    expect(r3.data!.electionConsultation.candidateRounds.map((c: { candidate: { fullName: string } }) => c.candidate.fullName)).toEqual(['Nguyễn Thị Lan']);
  });

  it('refuses a consultation of another election, a future or premature decision day, naming the field and writing nothing', async () => {
    const id = await addCandidate('Vũ Thị Hoa');
    const other = await callSubgraph(front.url, recordRound, { candidateId: id, input: { consultationId: otherElectionRound2, status: 'ACCEPTED', decidedOn: '2026-03-20' } }, callers.frontClerk);
    expect(other.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.consultationId' });
    const future = await result(id, 2, 'ACCEPTED', dayFromToday(1));
    expect(future.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.decidedOn' });
    const premature = await result(id, 2, 'ACCEPTED', '2026-03-01');
    expect(premature.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.decidedOn' });
    const badStatus = await callSubgraph(front.url, recordRound, { candidateId: id, input: { consultationId: round[2], status: 'ELECTED', decidedOn: '2026-03-20' } }, callers.frontClerk);
    expect(badStatus.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect((await callSubgraph(front.url, readCandidate, { id })).data!.candidate.rounds).toEqual([{ round: 1, status: 'NOMINATED' }]);
    const unknownConsultation = await callSubgraph(front.url, recordRound, { candidateId: id, input: { consultationId: 'no-such-round', status: 'ACCEPTED', decidedOn: '2026-03-20' } }, callers.frontClerk);
    expect(unknownConsultation.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.consultationId' });
    const unknownCandidate = await result('no-such-candidate', 2, 'ACCEPTED');
    expect(unknownCandidate.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'candidateId' });
  });

  it('lets only front staff record round results', async () => {
    const id = await addCandidate('Đỗ Quang Huy');
    const council = await callSubgraph(front.url, recordRound, { candidateId: id, input: { consultationId: round[1], status: 'ACCEPTED', decidedOn: '2026-02-20' } }, callers.councilClerk);
    expect(council.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await callSubgraph(front.url, readCandidate, { id })).data!.candidate.status).toBe('NOMINATED');
  });

  it('reads a candidate stored before rounds were kept as nominated in its consultation\'s round, and carries it on', async () => {
    await front.app.runtime.database.connection.collection('candidates').insertOne({
      _id: 'legacy-candidate' as never,
      consultationId: round[1],
      fullName: 'Hoàng Văn Khải',
      nominatedByAgencyId: 'front',
      status: 'ACCEPTED',
      createdBy: 'importer',
    });
    expect((await callSubgraph(front.url, readCandidate, { id: 'legacy-candidate' })).data!.candidate).toEqual({
      status: 'ACCEPTED',
      rounds: [{ round: 1, status: 'ACCEPTED' }],
    });
    expect((await result('legacy-candidate', 2, 'REJECTED')).errors).toBeUndefined();
    expect((await callSubgraph(front.url, readCandidate, { id: 'legacy-candidate' })).data!.candidate).toEqual({
      status: 'REJECTED',
      rounds: [{ round: 1, status: 'ACCEPTED' }, { round: 2, status: 'REJECTED' }],
    });
  });
});
