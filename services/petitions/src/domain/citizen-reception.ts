import { hanoiToday, id, text } from '@hanoi/platform';
import { z } from 'zod';

/** Tiếp công dân: a reception session; leaders (e.g. the chair on the monthly reception day) receive citizens. */
export const recordCitizenReceptionInput = z.object({
  heldOn: z.date().refine((date) => date.getTime() <= hanoiToday().getTime(), 'cannot be in the future'),
  hostAgencyId: id,
  leaders: z.array(text(200)).min(1, 'at least one leader receives citizens').max(20),
  place: text(500),
  citizensReceived: z.number().int().min(0, 'cannot be negative').max(10_000),
  /** The reception schedule whose day this session held: `heldOn` must be one of its days, the host one of its bodies. */
  receptionScheduleId: id.nullish(),
});
export type RecordCitizenReceptionInput = z.output<typeof recordCitizenReceptionInput>;
