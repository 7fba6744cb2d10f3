import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { unitKinds } from '../domain/administrative-unit';
import { slug } from '../domain/directory';

/**
 * The versioned data files of Hanoi's directory (services/committee/data/, sources cited in its README and in each
 * file's `source`): the units in force from 1 July 2025 and those until 30 June 2025. Read at run time relative to
 * the code, which sits at the same depth in dist/ as in src/.
 */
export const dataDir = path.resolve(__dirname, '../../data');
export const reformDay = '2025-07-01';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const source = z.object({ description: z.string(), citations: z.array(z.object({ title: z.string(), repository: z.string(), path: z.string(), commit: z.string() }).passthrough()).min(1) });

const afterFile = z.object({
  source,
  validFrom: day,
  units: z.array(
    z.object({
      id: slug,
      code: z.string(),
      name: z.string(),
      kind: z.enum(unitKinds),
      validFrom: day,
      clause: z.number().int(),
      predecessors: z.array(z.object({ id: slug, share: z.enum(['whole', 'part', 'rest']) })),
    }),
  ),
});

const beforeFile = z.object({
  source,
  validTo: day,
  districts: z.array(z.object({ id: slug, code: z.string(), name: z.string(), kind: z.enum(unitKinds), validTo: day })),
  units: z.array(
    z.object({
      id: slug,
      name: z.string(),
      kind: z.enum(unitKinds),
      parentId: slug.nullable(),
      parentBasis: z.enum(['resolution', 'list-2024']).nullable(),
      listedCode: z.string().nullable(),
      validTo: day,
      gap: z.string().optional(),
    }),
  ),
});

export type HanoiUnitsAfter = z.infer<typeof afterFile>;
export type HanoiUnitsBefore = z.infer<typeof beforeFile>;

const read = <S extends z.ZodTypeAny>(schema: S, file: string): z.infer<S> => schema.parse(JSON.parse(readFileSync(path.join(dataDir, file), 'utf8')));

/** Both files, checked against their shape (a malformed file fails here, before anything is written). */
export const loadHanoiUnits = () => ({
  before: read(beforeFile, `hanoi-units-before-${reformDay}.json`),
  after: read(afterFile, `hanoi-units-${reformDay}.json`),
});
