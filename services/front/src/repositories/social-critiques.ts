import { createEntityStore, newId, type Outbox, type PageArgs } from '@hanoi/platform';
import { Schema, type Connection } from 'mongoose';
import type { CreateSocialCritiqueInput } from '../domain/social-critique';

export interface SocialCritiqueDoc {
  _id: string;
  targetDocument: string;
  draftingAgencyId: string;
  deadline: Date;
  status: 'OPEN' | 'REPORTED';
  report: string | null;
  createdBy: string;
  createdAt: Date;
}

const schema = new Schema<SocialCritiqueDoc>(
  {
    _id: { type: String, required: true },
    targetDocument: { type: String, required: true },
    draftingAgencyId: { type: String, required: true, index: true },
    deadline: { type: Date, required: true, index: true },
    status: { type: String, required: true },
    report: { type: String, default: null },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export function createSocialCritiqueRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<SocialCritiqueDoc>({ connection, outbox, modelName: 'SocialCritique', collection: 'social_critiques', schema });
  return {
    loader: store.loader,
    create: (input: CreateSocialCritiqueInput, createdBy: string) =>
      store.insert({ _id: newId(), ...input, status: 'OPEN', report: null, createdBy, createdAt: new Date() }),
    list: (page: PageArgs) => store.list({}, page, { field: 'deadline', direction: 1, isDate: true }),
  };
}
