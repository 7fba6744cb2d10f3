import { agencyLevelSchema } from '@hanoi/contracts';
import { id, text } from '@hanoi/platform';
import { z } from 'zod';
import { councilCommitteeSchema, councilTermSchema } from './council';

/** Đại biểu HĐND thành phố: one record per deputy and term. */
export const createCouncilDeputyInput = z.object({
  fullName: text(200),
  term: councilTermSchema,
  /** Đơn vị bầu cử, as the election record names it. */
  constituency: text(300),
  administrativeUnitId: id,
  fullTime: z.boolean(),
  committees: z
    .array(councilCommitteeSchema)
    .max(4)
    .nullish()
    .transform((committees) => [...new Set(committees ?? [])]),
  /** The front's candidate (ứng cử viên) elected as this deputy, when known: at most one deputy per candidate. */
  candidateId: id.nullish().transform((candidateId) => candidateId ?? null),
});
export type CreateCouncilDeputyInput = z.output<typeof createCouncilDeputyInput>;

export const councilDeputyFilter = z
  .object({
    term: councilTermSchema.nullish(),
    committee: councilCommitteeSchema.nullish(),
    search: z.string().trim().max(200, 'must be at most 200 characters').nullish(),
    level: agencyLevelSchema.nullish(),
    jurisdictionUnitId: id.nullish(),
  })
  .default({});
export type CouncilDeputyFilter = z.output<typeof councilDeputyFilter>;
