import { checkTransition, declinePetitionInput, mergePetitionsInput, secondComplaintProblem, transitionActions, transitionTable, type TransitionAction } from '../src/domain/lifecycle';
import { petitionKinds, petitionStatuses, type PetitionKind, type PetitionStatus } from '../src/domain/petition';

/** Every legal move, written out: [action, from, to, kinds it applies to]. Anything else must be refused. */
const formal: PetitionKind[] = ['COMPLAINT', 'SECOND_COMPLAINT', 'DENUNCIATION'];
const informal: PetitionKind[] = ['RECOMMENDATION', 'FEEDBACK', 'VOTER_RECOMMENDATION'];
const all = [...formal, ...informal];
const legal: [TransitionAction, PetitionStatus, PetitionStatus, PetitionKind[]][] = [
  ['accept', 'RECEIVED', 'ACCEPTED', all],
  ['decline', 'RECEIVED', 'DECLINED', all],
  ['start', 'ACCEPTED', 'IN_PROGRESS', all],
  ['start', 'RECEIVED', 'IN_PROGRESS', informal],
  ['resolve', 'ACCEPTED', 'RESOLVED', all],
  ['resolve', 'IN_PROGRESS', 'RESOLVED', all],
  ['resolve', 'RECEIVED', 'RESOLVED', informal],
  ['answer', 'ACCEPTED', 'RESOLVED', all],
  ['answer', 'IN_PROGRESS', 'RESOLVED', all],
  ['answer', 'RECEIVED', 'RESOLVED', informal],
  ['close', 'RESOLVED', 'CLOSED', all],
  ['merge', 'RECEIVED', 'DECLINED', all],
  ['merge', 'ACCEPTED', 'DECLINED', all],
  ['merge', 'IN_PROGRESS', 'DECLINED', all],
];

describe('the transition table', () => {
  const cases = petitionKinds.flatMap((kind) => petitionStatuses.flatMap((from) => transitionActions.map((action) => [kind, from, action] as const)));

  it.each(cases)('%s: %s --%s-->', (kind, from, action) => {
    const expected = legal.find(([a, f, , kinds]) => a === action && f === from && kinds.includes(kind));
    const result = checkTransition(kind, from, action);
    expect(result.ok).toBe(Boolean(expected));
    expect(result.to).toBe(transitionTable[action].to);
    if (!result.ok) expect(result.problem).toContain(`${from} → ${result.to}`);
  });

  it('tells that a formal case must be accepted first', () => {
    const result = checkTransition('COMPLAINT', 'RECEIVED', 'start');
    expect(result).toMatchObject({ ok: false, problem: 'Illegal transition RECEIVED → IN_PROGRESS (start) for a COMPLAINT case (a COMPLAINT must be accepted first)' });
  });

  it('closed and declined cases are final', () => {
    for (const kind of petitionKinds) {
      for (const action of transitionActions) {
        expect(checkTransition(kind, 'CLOSED', action).ok).toBe(false);
        expect(checkTransition(kind, 'DECLINED', action).ok).toBe(false);
      }
    }
  });

  it('reopens only a resolved or closed first complaint', () => {
    expect(secondComplaintProblem('COMPLAINT', 'RESOLVED')).toBeUndefined();
    expect(secondComplaintProblem('COMPLAINT', 'CLOSED')).toBeUndefined();
    expect(secondComplaintProblem('COMPLAINT', 'IN_PROGRESS')).toMatch(/RESOLVED or CLOSED/);
    expect(secondComplaintProblem('SECOND_COMPLAINT', 'RESOLVED')).toMatch(/only a first complaint/);
    expect(secondComplaintProblem('DENUNCIATION', 'CLOSED')).toMatch(/only a first complaint/);
  });

  it('needs a note for OTHER, and refuses a merge into itself or twice the same duplicate', () => {
    expect(declinePetitionInput.safeParse({ reasonCode: 'OTHER' }).success).toBe(false);
    expect(declinePetitionInput.safeParse({ reasonCode: 'OTHER', note: 'Đơn không rõ nội dung' }).success).toBe(true);
    expect(declinePetitionInput.safeParse({ reasonCode: 'DUPLICATE' }).success).toBe(true);
    const self = mergePetitionsInput.safeParse({ targetId: 'a', duplicateIds: ['b', 'a'], reason: 'trùng' });
    expect(self.success || self.error.issues[0]!.path).toEqual(['duplicateIds', 1]);
    const twice = mergePetitionsInput.safeParse({ targetId: 'a', duplicateIds: ['b', 'b'], reason: 'trùng' });
    expect(twice.success).toBe(false);
  });
});
