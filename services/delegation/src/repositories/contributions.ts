import { delegationEvents } from '@hanoi/contracts';
import { badInput, conflict, createEntityStore, createGroupLoader, newId, type Outbox } from '@hanoi/platform';
import { Schema, type Connection } from 'mongoose';
import { citizenContributorKey, type ContributionSource, type SubmitCitizenContributionInput } from '../domain/citizen-contribution';
import { contributionStatusProblem, isLate, type SubmitContributionInput } from '../domain/contribution';
import { actDateProblem, contributionMeets } from '../domain/law-consultation';
import type { LawConsultationDoc } from './law-consultations';

export interface ContributionDoc {
  _id: string;
  consultationId: string;
  /** The contributing agency; for a citizen's contribution `citizenContributorKey(_id)` (read `contributingAgencyId`). */
  agencyId: string;
  /** Where it came from (absent on contributions stored before citizens contributed: AGENCY). */
  source?: ContributionSource;
  /** The front's voter meeting a VOTER_MEETING contribution was gathered at. */
  voterMeetingId?: string | null;
  /** The unit a citizen's contribution came from, when known. */
  administrativeUnitId?: string | null;
  content: string;
  submittedOn: Date;
  late: boolean;
  submittedBy: string;
  submittedAt: Date;
}

const schema = new Schema<ContributionDoc>(
  {
    _id: { type: String, required: true },
    consultationId: { type: String, required: true, index: true },
    agencyId: { type: String, required: true, index: true },
    content: { type: String, required: true },
    source: { type: String },
    voterMeetingId: { type: String, default: null },
    administrativeUnitId: { type: String, default: null },
    submittedOn: { type: Date, required: true },
    late: { type: Boolean, required: true },
    submittedBy: { type: String, required: true },
    submittedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
// One contribution per agency per consultation: a second one is refused (CONFLICT), not merged.
schema.index({ consultationId: 1, agencyId: 1 }, { unique: true });

/** A contribution is taken only while the consultation is OPEN (CONFLICT), dated from its opening (BAD_USER_INPUT). */
function refuseUnlessOpen(consultation: LawConsultationDoc, submittedOn: Date): void {
  const statusProblem = contributionStatusProblem(consultation.status);
  if (statusProblem) throw conflict(statusProblem, 'input.consultationId');
  const dateProblem = actDateProblem(consultation.opensOn, submittedOn);
  if (dateProblem) throw badInput('input.submittedOn', dateProblem);
}

export function createContributionRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<ContributionDoc>({ connection, outbox, modelName: 'Contribution', collection: 'contributions', schema });
  return {
    loader: store.loader,

    /** Contributions of several consultations in one query, in submission order. */
    byConsultationLoader: () =>
      createGroupLoader<ContributionDoc>(
        (ids) => store.model.find({ consultationId: { $in: [...ids] } }).sort({ submittedAt: 1, _id: 1 }).lean<ContributionDoc[]>().exec(),
        (row) => row.consultationId,
      ),

    /** Which of `agencyIds` contributed to which of `consultationIds` (one query; content left out). */
    findFor: (consultationIds: readonly string[], agencyIds: readonly string[]) =>
      store.model
        .find({ consultationId: { $in: [...consultationIds] }, agencyId: { $in: [...agencyIds] } }, { consultationId: 1, agencyId: 1 })
        .lean<Pick<ContributionDoc, '_id' | 'consultationId' | 'agencyId'>[]>()
        .exec(),

    /** Agencies that contributed to one consultation. */
    async contributedAgencyIds(consultationId: string): Promise<string[]> {
      const rows = await store.model.find({ consultationId }, { agencyId: 1 }).lean<Pick<ContributionDoc, 'agencyId'>[]>().exec();
      return rows.map((row) => row.agencyId);
    },

    /**
     * Stores the contribution with its `contribution.submitted` event and, from an invited agency, the met event of
     * that agency's obligation (keyed by the consultation, which opened it, so its events stay in order). Refuses it
     * (CONFLICT) unless the consultation is OPEN, and when the agency already contributed (unique index).
     */
    submit(input: SubmitContributionInput, consultation: LawConsultationDoc, submittedBy: string): Promise<ContributionDoc> {
      refuseUnlessOpen(consultation, input.submittedOn);
      const doc: ContributionDoc = {
        _id: newId(),
        consultationId: consultation._id,
        agencyId: input.agencyId,
        content: input.content,
        submittedOn: input.submittedOn,
        late: isLate(input.submittedOn, consultation.closesOn),
        submittedBy,
        submittedAt: new Date(),
      };
      const met = contributionMeets(consultation, doc);
      return store.insert(
        doc,
        delegationEvents.contributionSubmitted.draft({ ...doc, contributionId: doc._id, closesOn: consultation.closesOn }),
        ...(met ? [delegationEvents.obligation.met.draft(met, consultation._id)] : []),
      );
    },

    /**
     * Stores a citizen's opinion (gathered at a voter meeting or online) as a contribution with
     * `citizenContribution.received`, which carries neither its text nor who gave it (nobody is stored). Refuses it
     * (CONFLICT) unless the consultation is OPEN; it meets no agency's obligation.
     */
    submitCitizen(input: SubmitCitizenContributionInput, consultation: LawConsultationDoc, submittedBy: string): Promise<ContributionDoc> {
      refuseUnlessOpen(consultation, input.submittedOn);
      const _id = newId();
      const doc: ContributionDoc = {
        _id,
        consultationId: consultation._id,
        agencyId: citizenContributorKey(_id),
        source: input.source,
        voterMeetingId: input.voterMeetingId,
        administrativeUnitId: input.administrativeUnitId,
        content: input.content,
        submittedOn: input.submittedOn,
        late: isLate(input.submittedOn, consultation.closesOn),
        submittedBy,
        submittedAt: new Date(),
      };
      return store.insert(
        doc,
        delegationEvents.citizenContributionReceived.draft({
          contributionId: _id,
          consultationId: consultation._id,
          source: input.source,
          submittedOn: input.submittedOn,
          voterMeetingId: input.voterMeetingId,
        }),
      );
    },
  };
}

export type ContributionRepository = ReturnType<typeof createContributionRepository>;
