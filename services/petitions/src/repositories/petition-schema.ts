import { Schema } from 'mongoose';
import type { HistoryEntry, PetitionDoc } from '../domain/case';

/** How cases are stored (collection `petitions`): the document is `PetitionDoc`. */

const historySchema = new Schema<HistoryEntry>(
  {
    at: { type: Date, required: true },
    action: { type: String, required: true },
    actor: { type: String, required: true },
    agencyId: { type: String, default: null },
    from: { type: String, default: null },
    to: { type: String, default: null },
    reason: { type: String, default: null },
    fromAgencyId: { type: String, default: null },
    toAgencyId: { type: String, default: null },
    caseIds: { type: [String], default: [] },
    // No default: lines written before chaining stay without (record-chain.ts).
    previousHash: { type: String },
    hash: { type: String },
  },
  { _id: false },
);

const deadlineSchema = new Schema(
  {
    kind: String,
    dueOn: Date,
    ruleId: String,
    basis: String,
    legalBasis: String,
    provisional: { type: Boolean, default: false },
    metOn: { type: Date, default: null },
    metByAgencyId: { type: String, default: null },
    missedNotified: { type: Boolean, default: false },
  },
  { _id: false },
);

export const petitionSchema = new Schema<PetitionDoc>(
  {
    _id: { type: String, required: true },
    kind: { type: String, required: true },
    channel: { type: String, required: true },
    status: { type: String, required: true },
    subject: { type: String, required: true },
    description: { type: String, default: null },
    category: { type: String, required: true },
    receivedOn: { type: Date, required: true },
    administrativeUnitId: { type: String, default: null },
    address: { type: String, default: null },
    agencyId: { type: String, required: true },
    cooperatingAgencyIds: { type: [String], default: [] },
    suggestedAgencyId: { type: String, default: null },
    routingRuleId: { type: String, default: null },
    overrideReason: { type: String, default: null },
    petitioners: {
      type: [new Schema({ fullName: String, address: String, phone: String, nationalId: String, encrypted: Boolean }, { _id: false })],
      default: [],
      select: false,
    },
    petitionerKeys: { type: [String], default: [], select: false },
    cosignerKeys: { type: [String], default: [], select: false },
    petitionerCount: { type: Number, required: true },
    cosignerCount: { type: Number, required: true },
    attachments: {
      type: [new Schema({ fileName: String, mediaType: String, sizeBytes: Number, sha256: String, receivedOn: Date }, { _id: false })],
      default: [],
    },
    relatedCaseIds: { type: [String], default: [] },
    deadlines: { type: [deadlineSchema], default: [] },
    dueOn: { type: Date, default: null },
    dueRule: { type: String, required: true },
    dueSort: { type: Date, required: true },
    unnotifiedDueOn: { type: Date, default: null },
    verificationNeeded: { type: Boolean, default: false },
    complexity: { type: String, default: null },
    remote: { type: Boolean, default: false },
    extensions: {
      type: [new Schema({ decidedOn: Date, days: Number, decisionRef: String, recordedBy: String, recordedAt: Date }, { _id: false })],
      default: [],
    },
    acceptedOn: { type: Date, default: null },
    startedOn: { type: Date, default: null },
    closedOn: { type: Date, default: null },
    declineReason: { type: new Schema({ code: String, note: { type: String, default: null } }, { _id: false }), default: null },
    resolution: {
      type: new Schema({ kind: String, text: String, resolvedOn: Date, assignmentId: { type: String, default: null } }, { _id: false }),
      default: null,
    },
    mergedInto: { type: String, default: null },
    mergedIds: { type: [String], default: [] },
    previousCaseId: { type: String, default: null },
    secondComplaintId: { type: String, default: null },
    voterMeetingId: { type: String, default: null, index: true },
    recommendationNumber: { type: Number, default: null },
    forwardedRecommendationId: { type: String, default: null, index: true },
    dueSessionId: { type: String, default: null, index: true },
    meetingSessionId: { type: String, default: null },
    councilUnitId: { type: String },
    receptionId: { type: String, default: null, index: true },
    satisfaction: {
      type: new Schema(
        { level: String, channel: String, recordedOn: Date, recordedBy: String, recordedByAgencyId: String, secondComplaintOpenUntil: { type: Date, default: null } },
        { _id: false },
      ),
      default: null,
    },
    history: { type: [historySchema], default: [] },
    searchText: { type: String, required: true },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
// The list's orders (received, newest first; due, earliest first) alone and under the usual filters.
petitionSchema.index({ receivedOn: -1, _id: -1 });
petitionSchema.index({ dueSort: 1, _id: 1 });
petitionSchema.index({ agencyId: 1, status: 1, receivedOn: -1, _id: -1 });
petitionSchema.index({ agencyId: 1, dueSort: 1, _id: 1 });
petitionSchema.index({ status: 1, dueSort: 1, _id: 1 });
petitionSchema.index({ kind: 1, status: 1, receivedOn: -1, _id: -1 });
petitionSchema.index({ category: 1, receivedOn: -1, _id: -1 });
petitionSchema.index({ channel: 1, receivedOn: -1, _id: -1 });
petitionSchema.index({ agencyId: 1, receivedOn: -1, _id: -1 });
petitionSchema.index({ status: 1, receivedOn: -1, _id: -1 });
petitionSchema.index({ status: 1, category: 1, receivedOn: -1, _id: -1 });
// Duplicate candidates and a place's list: same unit and category, recent first; same petitioner.
petitionSchema.index({ administrativeUnitId: 1, category: 1, receivedOn: -1, _id: -1 });
petitionSchema.index({ petitionerKeys: 1 });
petitionSchema.index({ cooperatingAgencyIds: 1, receivedOn: -1, _id: -1 });
// The cases under a voter meeting (in the order raised) and those due at a council session (oldest first).
petitionSchema.index({ voterMeetingId: 1, recommendationNumber: 1, _id: 1 });
petitionSchema.index({ dueSessionId: 1, receivedOn: 1, _id: 1 });
// The deadline sweeper: cases with a pending deadline whose miss was not published, earliest first.
petitionSchema.index({ unnotifiedDueOn: 1 });
