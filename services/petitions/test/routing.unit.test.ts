import { applicableRules, defaultRoutingRules, levelOfUnit, ruleId, routingLevels, unitCommitteeToken, type RoutingRule } from '../src/domain/routing';
import { petitionKinds } from '../src/domain/petition';

const table: RoutingRule[] = defaultRoutingRules().map((rule) => ({ ...rule, _id: ruleId(rule.kind, rule.category, rule.level) }));

describe('routing rules', () => {
  it('has one rule per key and a city-level fallback for every kind', () => {
    expect(new Set(table.map((rule) => rule._id)).size).toBe(table.length);
    for (const kind of petitionKinds) expect(table.some((rule) => rule.kind === kind && rule.category === null && rule.level === 'CITY')).toBe(true);
    for (const rule of table) expect(rule.legalBasis.length).toBeGreaterThan(10);
  });

  it('orders the applicable rules most specific first, then falls back to the city level', () => {
    const found = applicableRules(table, 'FEEDBACK', 'CONSTRUCTION_URBAN_ORDER', 'COMMUNE').map((rule) => [rule._id, rule.agencyId]);
    expect(found).toEqual([
      ['FEEDBACK.CONSTRUCTION_URBAN_ORDER.COMMUNE', unitCommitteeToken],
      ['FEEDBACK.CONSTRUCTION_URBAN_ORDER.CITY', 'so-xay-dung'],
      ['FEEDBACK.ANY.CITY', 'committee'],
    ]);
    expect(applicableRules(table, 'COMPLAINT', 'LAND_HOUSING', 'COMMUNE')[0]!._id).toBe('COMPLAINT.ANY.COMMUNE');
    expect(applicableRules(table, 'COMPLAINT', 'MISCONDUCT_CORRUPTION', 'CITY').map((rule) => rule.agencyId)).toEqual(['thanh-tra-thanh-pho', 'committee']);
    expect(applicableRules([], 'COMPLAINT', 'LAND_HOUSING', 'CITY')).toEqual([]);
  });

  it('takes the level from the unit', () => {
    expect(levelOfUnit('COMMUNE')).toBe('COMMUNE');
    expect(levelOfUnit('DISTRICT')).toBe('DISTRICT');
    expect(levelOfUnit(null)).toBe('CITY');
    expect(routingLevels).toEqual(['CITY', 'DISTRICT', 'COMMUNE']);
  });
});
