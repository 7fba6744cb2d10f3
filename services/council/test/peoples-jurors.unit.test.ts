import { courtName, peoplesJurorIdOf } from '@hanoi/contracts';
import { electionProblem, isServing, jurorTerm, nextCouncilTerm } from '../src/domain/peoples-juror';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("people's jurors' term (Law on Organization of People's Courts 2024)", () => {
  it('ends with the council: at the next term first session', () => {
    expect(nextCouncilTerm('2026-2031')).toBe('2031-2036');
    const term = jurorTerm(day('2026-04-24'), { opensOn: day('2031-03-28') });
    expect(term).toEqual({ termStartsOn: day('2026-04-24'), termEndsOn: day('2031-03-28') });
    expect(jurorTerm(day('2026-04-24'), null).termEndsOn).toBeNull();
    expect(jurorTerm(null, { opensOn: day('2031-03-28') }).termEndsOn).toBeNull();
  });

  it('serves from the vote until the term ends', () => {
    const term = { termStartsOn: day('2026-04-24'), termEndsOn: day('2031-03-28') };
    expect(isServing(term, day('2026-04-23'))).toBe(false);
    expect(isServing(term, day('2026-04-24'))).toBe(true);
    expect(isServing(term, day('2031-03-27'))).toBe(true);
    expect(isServing(term, day('2031-03-28'))).toBe(false);
    expect(isServing({ termStartsOn: null, termEndsOn: null }, day('2027-01-01'))).toBe(false);
  });

  it('is elected at a session of its term, within the session, once', () => {
    const session = { term: '2026-2031', opensOn: day('2026-04-22'), closesOn: day('2026-04-25') };
    const nominee = { status: 'NOMINATED' as const, term: '2026-2031' };
    expect(electionProblem(nominee, session, day('2026-04-24'))).toBeUndefined();
    expect(electionProblem(nominee, session, day('2026-04-26'))?.field).toBe('electedOn');
    expect(electionProblem({ ...nominee, term: '2021-2026' }, session, day('2026-04-24'))?.field).toBe('councilSessionId');
    expect(electionProblem({ ...nominee, status: 'ELECTED' }, session, day('2026-04-24'))).toMatchObject({ conflict: true });
  });

  it('is recorded under an id the nomination derives, and names its court', () => {
    expect(peoplesJurorIdOf('n-1')).toBe(peoplesJurorIdOf('n-1'));
    expect(peoplesJurorIdOf('n-1')).not.toBe(peoplesJurorIdOf('n-2'));
    expect(courtName('REGIONAL', 3)).toBe('Tòa án nhân dân khu vực 3 - Hà Nội');
    expect(courtName('CITY', null)).toBe('Tòa án nhân dân thành phố Hà Nội');
  });
});
