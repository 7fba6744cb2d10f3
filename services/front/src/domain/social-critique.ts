import { id, text } from '@hanoi/platform';
import { z } from 'zod';

/** Phản biện xã hội: the front critiques a draft (resolution, plan, project) before it is adopted. */
export const createSocialCritiqueInput = z.object({
  targetDocument: text(500),
  draftingAgencyId: id,
  deadline: z.date(),
});
export type CreateSocialCritiqueInput = z.output<typeof createSocialCritiqueInput>;
