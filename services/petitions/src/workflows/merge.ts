import { conflict, hanoiToday, notFound, type Caller } from '@hanoi/platform';
import { mayRead, requireCaseStaff } from '../access';
import { historyEntry, type PetitionDoc } from '../domain/case';
import { checkTransition } from '../domain/lifecycle';
import type { PetitionKind } from '../domain/petition';
import { similarityThreshold, textSimilarity } from '../domain/similarity';
import { duplicatesMergedEvent } from '../events/petition-events';
import type { WorkflowContext } from './context';
import { transitionWrite } from './transition';

export interface DuplicateCandidate {
  petitionId: string;
  score: number;
  reasons: ('SAME_PETITIONER' | 'SIMILAR_TEXT')[];
}

/** How many of the most recent cases sharing a petitioner, and of the same unit and category, a case is compared with. */
const petitionerMatches = 50;
const placeMatches = 200;

/** The `FORBIDDEN` error of a caller who is not staff of a case's lead agency, or null. */
function staffProblem(caller: Caller, leadAgencyId: string): Error | null {
  try {
    requireCaseStaff(caller, leadAgencyId);
    return null;
  } catch (error) {
    return error as Error;
  }
}

/** Trùng đơn: likely duplicates suggested, merged by hand only. */
export function mergeWorkflows(ctx: WorkflowContext) {
  const { petitions } = ctx.repositories;

  return {
    /**
     * Likely duplicates of each of several cases (a list page's, or one): same petitioner (keyed hash), or similar text
     * in the same unit and category — among the cases the caller may see (a hidden denunciation is never suggested, nor
     * its similarity told). Three queries whatever the number of cases: their petitioners' keys, the most recent cases
     * sharing one (`petitionerMatches` per case asked), the most recent cases of their units and categories
     * (`placeMatches` per case asked; with several cases, a busy place can take more of that window than its share).
     * A case whose staff the caller is not gets its `FORBIDDEN` error in its place.
     */
    async duplicateCandidates(docs: readonly PetitionDoc[], caller: Caller, limit = 20): Promise<(DuplicateCandidate[] | Error)[]> {
      const problems = docs.map((doc) => staffProblem(caller, doc.agencyId));
      const allowed = docs.filter((_, index) => !problems[index]);
      if (allowed.length === 0) return problems as Error[];
      const ids = allowed.map((doc) => doc._id);
      const keysOf = new Map((await petitions.keysOf(ids)).map((row) => [row._id, row.petitionerKeys ?? []]));
      const [samePetitioner, samePlace] = await Promise.all([
        // Each case finds itself among them too: one more per case.
        petitions.samePetitioner([...new Set([...keysOf.values()].flat())], (petitionerMatches + 1) * ids.length),
        petitions.sameUnitAndCategory(allowed, (placeMatches + 1) * ids.length),
      ]);
      return docs.map((doc, index) => {
        if (problems[index]) return problems[index];
        const found = new Map<string, DuplicateCandidate>();
        const add = (petitionId: string, score: number, reason: DuplicateCandidate['reasons'][number]) => {
          const entry = found.get(petitionId) ?? { petitionId, score: 0, reasons: [] };
          entry.score = Math.max(entry.score, score);
          entry.reasons.push(reason);
          found.set(petitionId, entry);
        };
        const keys = new Set(keysOf.get(doc._id) ?? []);
        for (const other of samePetitioner.filter((row) => row._id !== doc._id && row.petitionerKeys?.some((key) => keys.has(key))).slice(0, petitionerMatches)) {
          // A denouncer's identity never links to a case of another agency (that would tell it who denounced).
          const denunciation = doc.kind === 'DENUNCIATION' || other.kind === 'DENUNCIATION';
          if ((!denunciation || other.agencyId === doc.agencyId) && mayRead(caller, other)) add(other._id, 1, 'SAME_PETITIONER');
        }
        const samePlaceRows = samePlace.filter(
          (row) => row._id !== doc._id && row.administrativeUnitId === doc.administrativeUnitId && row.category === doc.category,
        );
        for (const other of samePlaceRows.slice(0, placeMatches)) {
          if (!mayRead(caller, other)) continue;
          const score = textSimilarity(doc.searchText, other.searchText);
          if (score >= similarityThreshold) add(other._id, Math.round(score * 1_000) / 1_000, 'SIMILAR_TEXT');
        }
        return [...found.values()].sort((a, b) => b.score - a.score || a.petitionId.localeCompare(b.petitionId)).slice(0, limit);
      });
    },

    /**
     * Gộp đơn trùng: each duplicate becomes DECLINED (DUPLICATE) pointing at the target, which links them and counts
     * their distinct co-signers. Done by hand only; each write is guarded, so a duplicate changed meanwhile stops it.
     */
    async merge(input: { targetId: string; duplicateIds: string[]; reason: string }, caller: Caller): Promise<PetitionDoc> {
      const target = await ctx.loadCase(input.targetId, 'input.targetId');
      requireCaseStaff(caller, target.agencyId);
      if (target.mergedInto || target.status === 'DECLINED') throw conflict(`Petition ${target._id} is ${target.mergedInto ? `merged into ${target.mergedInto}` : 'DECLINED'}: merge into the surviving case`, 'input.targetId');
      const byId = new Map((await petitions.withCosignerKeys(input.duplicateIds)).map((doc) => [doc._id, doc]));
      const checked = input.duplicateIds.map((id, index) => {
        const field = `input.duplicateIds.${index}`;
        const duplicate = byId.get(id);
        if (!duplicate) throw notFound('Petition', id, field);
        requireCaseStaff(caller, duplicate.agencyId);
        if (duplicate.mergedInto) throw conflict(`Petition ${id} is already merged into ${duplicate.mergedInto}`, field);
        const check = checkTransition(duplicate.kind as PetitionKind, duplicate.status, 'merge');
        if (!check.ok) throw conflict(check.problem, field);
        return { duplicate, to: check.to, field };
      });

      const merged: PetitionDoc[] = [];
      let failed: { id: string; field: string } | undefined;
      for (const { duplicate, to, field } of checked) {
        const updated = await petitions.write(duplicate._id, { status: duplicate.status, mergedInto: null }, (current) =>
          transitionWrite(current, 'merge', to, hanoiToday(), caller, { reasonCode: 'DUPLICATE', note: input.reason, mergedInto: target._id }),
        );
        if (!updated) {
          failed = { id: duplicate._id, field };
          break;
        }
        merged.push(duplicate);
      }
      const ids = merged.map((doc) => doc._id);
      const result =
        merged.length === 0
          ? target
          : await petitions.write(target._id, { mergedInto: null, status: { $ne: 'DECLINED' } }, (current) => {
              const cosignerKeys = [...new Set([...(current.cosignerKeys ?? []), ...merged.flatMap((doc) => doc.cosignerKeys ?? [])])];
              const set = {
                cosignerKeys,
                cosignerCount: cosignerKeys.length,
                mergedIds: [...new Set([...current.mergedIds, ...ids])],
                relatedCaseIds: [...new Set([...current.relatedCaseIds, ...ids])],
              };
              return {
                update: { $set: set, $push: { history: historyEntry({ action: 'MERGED', actor: caller.subject, agencyId: caller.agency, reason: input.reason, caseIds: ids }) } },
                events: [duplicatesMergedEvent({ ...current, ...set }, ids)],
              };
            });
      if (!result) throw conflict(`Petition ${target._id} changed meanwhile; ${ids.join(', ')} were declined as its duplicates`, 'input.targetId');
      if (failed) throw conflict(`Petition ${failed.id} changed meanwhile and was not merged${merged.length ? ` (merged: ${ids.join(', ')})` : ''}`, failed.field);
      ctx.logger.info({ petitionId: target._id, merged: merged.length }, 'duplicates merged');
      return result;
    },
  };
}
