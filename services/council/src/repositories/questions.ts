import { councilEvents, obligationEvents } from '@hanoi/contracts';
import { createEntityStore, createGroupLoader, newId, type Outbox, type PageArgs } from '@hanoi/platform';
import { Schema, type Connection, type FilterQuery } from 'mongoose';
import { questionObligations, type DeadlineRules } from '../domain/obligations';
import { answerDueOn, type AnswerQuestionInput, type AskQuestionInput, type QuestionFilter } from '../domain/question';

export interface QuestionDoc {
  _id: string;
  councilSessionId: string;
  askedByDeputyId: string;
  addressedToAgencyId: string;
  text: string;
  status: 'ASKED' | 'ANSWERED';
  answer: string | null;
  answeredOn: Date | null;
  answeredBy: string | null;
  /** Hạn trả lời: the session's closing day plus the configured answer days; null on questions stored before it was kept. */
  dueOn: Date | null;
  createdBy: string;
  askedAt: Date;
}

const schema = new Schema<QuestionDoc>(
  {
    _id: { type: String, required: true },
    councilSessionId: { type: String, required: true, index: true },
    askedByDeputyId: { type: String, required: true, index: true },
    addressedToAgencyId: { type: String, required: true, index: true },
    text: { type: String, required: true },
    status: { type: String, required: true },
    answer: { type: String, default: null },
    answeredOn: { type: Date, default: null },
    answeredBy: { type: String, default: null },
    dueOn: { type: Date, default: null },
    createdBy: { type: String, required: true },
    askedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
// List pages: equality filters first, then the page's sort key and _id (ESR; test/build/indexes.test.ts checks it).
schema.index({ councilSessionId: 1, askedAt: 1, _id: 1 });
schema.index({ addressedToAgencyId: 1, askedAt: 1, _id: 1 });

export function createQuestionRepository(connection: Connection, outbox: Outbox, rules: Pick<DeadlineRules, 'questionAnswerDays'>) {
  const store = createEntityStore<QuestionDoc>({
    connection,
    outbox,
    modelName: 'Question',
    collection: 'questions',
    schema,
    derivedEvents: obligationEvents(councilEvents.obligation, (doc: QuestionDoc) => questionObligations(doc, rules)),
  });
  return {
    loader: store.loader,
    findById: store.findById,

    /** Stores the question, due `questionAnswerDays` after its session closes, with `question.asked` and its answer obligation. */
    ask(input: AskQuestionInput, session: { closesOn: Date }, createdBy: string) {
      const doc: QuestionDoc = {
        _id: newId(),
        ...input,
        status: 'ASKED',
        answer: null,
        answeredOn: null,
        answeredBy: null,
        dueOn: answerDueOn(session.closesOn, rules.questionAnswerDays),
        createdBy,
        askedAt: new Date(),
      };
      return store.insert(doc, councilEvents.questionAsked.draft({ ...doc, questionId: doc._id }));
    },

    /** Guarded on ASKED: null when already answered (or missing). Meets the answer obligation. */
    answer: (id: string, input: AnswerQuestionInput, answeredBy: string) =>
      store.update(
        id,
        { status: 'ASKED' },
        { $set: { status: 'ANSWERED', answer: input.answer, answeredOn: input.answeredOn, answeredBy } },
        (question) => councilEvents.questionAnswered.draft({ ...question, questionId: question._id, answeredOn: input.answeredOn }),
      ),

    list(filter: QuestionFilter, page: PageArgs) {
      const query: FilterQuery<QuestionDoc> = {};
      if (filter.councilSessionId) query.councilSessionId = filter.councilSessionId;
      if (filter.addressedToAgencyId) query.addressedToAgencyId = filter.addressedToAgencyId;
      if (filter.askedByDeputyId) query.askedByDeputyId = filter.askedByDeputyId;
      if (filter.status) query.status = filter.status;
      return store.list(query, page, { field: 'askedAt', direction: 1, isDate: true });
    },

    bySessionLoader: () =>
      createGroupLoader<QuestionDoc>(
        (ids) => store.model.find({ councilSessionId: { $in: [...ids] } }).sort({ askedAt: 1, _id: 1 }).lean<QuestionDoc[]>().exec(),
        (row) => row.councilSessionId,
      ),
  };
}
