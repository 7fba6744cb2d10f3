import { caseCategories, caseCategorySchema, type CaseCategory } from '@hanoi/contracts';
import { id, text } from '@hanoi/platform';
import { z } from 'zod';
import { petitionKinds, type PetitionKind } from './petition';

/**
 * Routing to the competent agency (chuyển đến cơ quan có thẩm quyền). A rule says: a case of this kind, about this
 * category (or any category), arising at this level, goes to this agency — with its legal basis. The table is data
 * (admins edit it); these functions pick the rule for a case.
 *
 * The level is the level of the administrative unit the case is located in: COMMUNE (phường, xã), DISTRICT (quận,
 * huyện, thị xã — before 1 July 2025) or CITY (no unit, or a city-wide matter).
 */
export const routingLevels = ['CITY', 'DISTRICT', 'COMMUNE'] as const;
export type RoutingLevel = (typeof routingLevels)[number];

/** A rule's target may name "the People's Committee governing the case's unit" instead of a fixed agency. */
export const unitCommitteeToken = 'COMMUNE_COMMITTEE_OF_UNIT';

export interface RoutingRule {
  _id: string;
  kind: PetitionKind;
  /** Null: any category without a rule of its own. */
  category: CaseCategory | null;
  level: RoutingLevel;
  /** An agency id, or `COMMUNE_COMMITTEE_OF_UNIT`. */
  agencyId: string;
  legalBasis: string;
}

/** A rule's id is its key, so the table holds one rule per kind × category × level. */
export const ruleId = (kind: string, category: string | null, level: string) => `${kind}.${category ?? 'ANY'}.${level}`;

/** The level of a case located in a unit of `unitLevel` (none: CITY). */
export const levelOfUnit = (unitLevel: string | null | undefined): RoutingLevel =>
  unitLevel === 'COMMUNE' ? 'COMMUNE' : unitLevel === 'DISTRICT' ? 'DISTRICT' : 'CITY';

/**
 * The rules that apply to a case, most specific first: its category at its level, any category at its level,
 * then the same at city level (the city's competent bodies take what no local rule covers).
 */
export function applicableRules(rules: readonly RoutingRule[], kind: string, category: string, level: RoutingLevel): RoutingRule[] {
  const order: [string | null, RoutingLevel][] = [
    [category, level],
    [null, level],
  ];
  if (level !== 'CITY') order.push([category, 'CITY'], [null, 'CITY']);
  const byId = new Map(rules.map((rule) => [rule._id, rule]));
  return order.map(([c, l]) => byId.get(ruleId(kind, c, l))).filter((rule): rule is RoutingRule => rule !== undefined && rule.kind === kind);
}

export const routingRuleInput = z.object({
  kind: z.enum(petitionKinds),
  category: caseCategorySchema.nullish(),
  level: z.enum(routingLevels),
  agencyId: id,
  legalBasis: text(1_000),
});
export type RoutingRuleInput = z.output<typeof routingRuleInput>;

export const updateRoutingRuleInput = z.object({ agencyId: id, legalBasis: text(1_000) });
export type UpdateRoutingRuleInput = z.output<typeof updateRoutingRuleInput>;

/** Where the People's Committee answers: voter recommendations and matters no other rule covers. */
export const defaultCompetentAgencyId = 'committee';

/**
 * The table loaded into an empty database. Sources: Law on Complaints 2011 (arts. 17, 18, 21), Law on Denunciations
 * 2018 (arts. 13–15), Law on Citizen Reception 2013 and Decree 124/2020; city departments after the 2025
 * reorganisation (transport joined Sở Xây dựng, natural resources joined Sở Nông nghiệp và Môi trường, labour and
 * social affairs joined Sở Nội vụ). Ids are those of the committee's directory.
 */
export function defaultRoutingRules(): Omit<RoutingRule, '_id'>[] {
  const rules: Omit<RoutingRule, '_id'>[] = [];
  const add = (kind: PetitionKind, category: CaseCategory | null, level: RoutingLevel, agencyId: string, legalBasis: string) =>
    rules.push({ kind, category, level, agencyId, legalBasis });

  // Complaints: the head of the body whose administrative decision or act is complained about resolves the first time.
  for (const level of ['COMMUNE', 'DISTRICT'] as const) {
    add('COMPLAINT', null, level, unitCommitteeToken, `Luật Khiếu nại 2011, Điều ${level === 'COMMUNE' ? 17 : 18}: Chủ tịch UBND cấp ${level === 'COMMUNE' ? 'xã' : 'huyện'} giải quyết khiếu nại lần đầu đối với quyết định hành chính, hành vi hành chính của mình`);
  }
  add('COMPLAINT', null, 'CITY', 'committee', 'Luật Khiếu nại 2011, Điều 21: Chủ tịch UBND cấp tỉnh giải quyết khiếu nại lần đầu đối với quyết định, hành vi hành chính của mình');
  add('COMPLAINT', 'MISCONDUCT_CORRUPTION', 'CITY', 'thanh-tra-thanh-pho', 'Luật Khiếu nại 2011, Điều 22; Luật Thanh tra 2022: Thanh tra thành phố tham mưu giải quyết');
  add('SECOND_COMPLAINT', null, 'CITY', 'committee', 'Luật Khiếu nại 2011, Điều 21 khoản 2: Chủ tịch UBND cấp tỉnh giải quyết khiếu nại lần hai');

  // Denunciations: the head of the body managing the person denounced.
  for (const level of ['COMMUNE', 'DISTRICT'] as const) {
    add('DENUNCIATION', null, level, unitCommitteeToken, 'Luật Tố cáo 2018, Điều 13: Chủ tịch UBND cấp xã, cấp huyện giải quyết tố cáo đối với cán bộ do mình quản lý');
  }
  add('DENUNCIATION', null, 'CITY', 'committee', 'Luật Tố cáo 2018, Điều 14: Chủ tịch UBND cấp tỉnh giải quyết tố cáo đối với người do mình quản lý');
  add('DENUNCIATION', 'MISCONDUCT_CORRUPTION', 'CITY', 'thanh-tra-thanh-pho', 'Luật Tố cáo 2018, Điều 14; Luật Phòng, chống tham nhũng 2018: Thanh tra thành phố xác minh');

  // Recommendations and feedback: the body managing the field; local order and environment start at the unit's committee.
  const departments: Partial<Record<CaseCategory, string>> = {
    LAND_HOUSING: 'so-nong-nghiep-va-moi-truong',
    CONSTRUCTION_URBAN_ORDER: 'so-xay-dung',
    ENVIRONMENT: 'so-nong-nghiep-va-moi-truong',
    TRANSPORT: 'so-xay-dung',
    SOCIAL_POLICY: 'so-noi-vu',
    HEALTH: 'so-y-te',
    EDUCATION: 'so-giao-duc-va-dao-tao',
    MISCONDUCT_CORRUPTION: 'thanh-tra-thanh-pho',
  };
  for (const kind of ['RECOMMENDATION', 'FEEDBACK'] as const) {
    for (const [category, agencyId] of Object.entries(departments) as [CaseCategory, string][]) {
      add(kind, category, 'CITY', agencyId, `Nghị định 124/2020/NĐ-CP; quy chế tiếp nhận, xử lý phản ánh, kiến nghị: cơ quan quản lý lĩnh vực ${caseCategories[category]}`);
    }
    add(kind, null, 'CITY', 'committee', 'Luật Tổ chức chính quyền địa phương 2025: UBND thành phố xử lý kiến nghị, phản ánh không thuộc lĩnh vực của sở, ngành');
    for (const category of ['CONSTRUCTION_URBAN_ORDER', 'ENVIRONMENT', 'LAND_HOUSING'] as const) {
      for (const level of ['COMMUNE', 'DISTRICT'] as const) {
        add(kind, category, level, unitCommitteeToken, `Luật Tổ chức chính quyền địa phương 2025; Nghị định 16/2022/NĐ-CP: UBND cấp xã quản lý ${caseCategories[category].toLowerCase()} trên địa bàn`);
      }
    }
  }
  // Voter recommendations: the People's Committee answers and reports at the next regular council session.
  add('VOTER_RECOMMENDATION', null, 'CITY', 'committee', 'Luật Tổ chức chính quyền địa phương; Quy chế phối hợp 2021-2026: UBND thành phố trả lời kiến nghị cử tri');
  return rules;
}
