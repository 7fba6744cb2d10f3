import { obligationChanges, obligationContracts, type Obligation } from '../src';

const contracts = obligationContracts('council');
const day = (value: string) => new Date(`${value}T00:00:00Z`);
const today = day('2026-11-15');
const base: Obligation = {
  obligationId: 'agendaItem:a1:documents',
  kind: 'AGENDA_DOCUMENT',
  agencyId: 'so-tai-chinh',
  dueOn: day('2026-11-20'),
  subject: { type: 'AgendaItem', id: 'a1' },
  basis: 'document deadline',
  councilSessionId: 's1',
  metOn: null,
};
const changes = (before: Obligation[], after: Obligation[]) =>
  obligationChanges(contracts, before, after, today).map((draft) => ({ type: draft.type.split('.').slice(-2, -1)[0], data: draft.data }));

describe('obligation events from the state before and after a write', () => {
  it('opens a new obligation with its kind content, and opens-and-meets one born done', () => {
    expect(changes([], [base])).toEqual([
      { type: 'opened', data: expect.objectContaining({ obligationId: base.obligationId, dueOn: '2026-11-20', content: 'COUNCIL_SESSIONS', councilSessionId: 's1' }) },
    ]);
    expect(changes([], [{ ...base, metOn: day('2026-11-18') }]).map((change) => change.type)).toEqual(['opened', 'met']);
  });

  it('reschedules an unmet obligation whose day moved, dated today', () => {
    expect(changes([base], [{ ...base, dueOn: day('2026-11-27'), reason: 'session moved' }])).toEqual([
      { type: 'rescheduled', data: { obligationId: base.obligationId, dueOn: '2026-11-27', previousDueOn: '2026-11-20', on: '2026-11-15', reason: 'session moved' } },
    ]);
  });

  it('meets once: a second write of the same met obligation publishes nothing', () => {
    const met = { ...base, metOn: day('2026-11-19') };
    expect(changes([base], [met])).toEqual([{ type: 'met', data: { obligationId: base.obligationId, metOn: '2026-11-19' } }]);
    expect(changes([met], [met])).toEqual([]);
  });

  it('cancels an unmet obligation that is cancelled or gone, never a met one; opens a cancelled one owed again', () => {
    expect(changes([base], [{ ...base, cancelled: true, reason: 'withdrawn' }])).toEqual([
      { type: 'cancelled', data: { obligationId: base.obligationId, on: '2026-11-15', reason: 'withdrawn' } },
    ]);
    expect(changes([base], []).map((change) => change.type)).toEqual(['cancelled']);
    expect(changes([{ ...base, metOn: day('2026-11-10') }], [])).toEqual([]);
    expect(changes([{ ...base, cancelled: true }], [base]).map((change) => change.type)).toEqual(['opened']);
  });
});
