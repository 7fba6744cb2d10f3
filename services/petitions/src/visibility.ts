import type { RequestContext } from '@hanoi/platform';
import { contentAccess, mayRead } from './access';
import type { PetitionDoc } from './domain/case';
import type { Loaders } from './loaders';

type Context = RequestContext<Loaders>;
type Audience = Pick<PetitionDoc, 'kind' | 'agencyId' | 'cooperatingAgencyIds'>;

/**
 * Need-to-know at the resolvers (the rule is access.ts's). A case reaches an answer in three ways: in a list (the
 * query keeps the reader's scope: petition-query.ts), as a reference by id (`_entities`, `petition`, links from other
 * cases and other entities: `visible`, a hidden case is null and left out of lists), or as the answer to a mutation
 * the caller was allowed to make on it. Its content fields then go through `content`, which records an
 * administrator's read of a denunciation outside its agencies in the identity access log before answering.
 */

/** The case if the caller may see it, else null (as if it did not exist). */
export const visible = <D extends Audience>(ctx: Context, doc: D | null | undefined): D | null => (doc && mayRead(ctx.caller, doc) ? doc : null);

/** The cases the caller may see, in order. */
export const visibleAll = <D extends Audience>(ctx: Context, docs: readonly D[]): D[] => docs.filter((doc) => mayRead(ctx.caller, doc));

/** A resolver of a case's content: an administrator's read without need-to-know is logged (once per case and request) first. */
export const content =
  <A, R>(resolve: (doc: PetitionDoc, args: A, ctx: Context) => R) =>
  async (doc: PetitionDoc, args: A, ctx: Context): Promise<Awaited<R>> => {
    if (contentAccess(ctx.caller, doc) === 'ADMIN') await ctx.loaders.contentReads.load({ doc, caller: ctx.caller });
    return await resolve(doc, args, ctx);
  };
