import type { GraphQLAnswer, ScenarioPlatform } from './platform';
import { callers, waitFor } from './platform';

/**
 * The domain the scenarios drive: the committee's directory that petitions needs, citizens' cases (petitions → the
 * committee's assignments, F2) and voter meetings (front → petitions, F1), and how to count what came of them.
 */
export const eventTypes = {
  routed: 'vn.hanoi.petitions.petition.routed.v1',
  accepted: 'vn.hanoi.petitions.petition.accepted.v1',
  started: 'vn.hanoi.petitions.petition.started.v1',
  meetingHeld: 'vn.hanoi.front.voterMeeting.held.v1',
  assigned: 'vn.hanoi.committee.assignment.assigned.v1',
} as const;

/** The committee, one department under it and one ward, created in the committee and awaited in petitions. */
export async function createDirectory(platform: ScenarioPlatform): Promise<void> {
  const mutations = [
    `mutation { createAdministrativeUnit(input: { id: "phuong-hoan-kiem", name: "Phường Hoàn Kiếm", kind: WARD, validFrom: "2025-07-01" }) { id } }`,
    `mutation { createAgency(input: { id: "committee", name: "Ủy ban nhân dân thành phố Hà Nội", shortName: "UBND TP", kind: CITY_BODY, level: CITY }) { id } }`,
    `mutation { createAgency(input: { id: "so-xay-dung", name: "Sở Xây dựng Hà Nội", shortName: "Sở XD", kind: DEPARTMENT, level: CITY, parentId: "committee" }) { id } }`,
  ];
  for (const mutation of mutations) {
    const answer = await platform.call('committee', mutation);
    if (answer.errors || answer.failure) throw new Error(`directory: ${JSON.stringify(answer.errors ?? answer.failure)}`);
  }
  const known = await waitFor(async () => {
    const database = platform.database('petitions');
    const [agencies, units] = await Promise.all([database.collection('known_agencies').countDocuments(), database.collection('known_administrative_units').countDocuments()]);
    return agencies >= 2 && units >= 1;
  }, 30_000);
  if (!known) throw new Error('petitions did not learn the directory within 30 s');
}

export const submitPetition = `mutation($input: SubmitPetitionInput!) { submitPetition(input: $input) { id } }`;

/** A feedback case for the construction department (under the committee: it becomes an assignment), told apart by `tag`. */
export const caseInput = (tag: string) => ({
  kind: 'FEEDBACK',
  channel: 'ONLINE',
  receivedOn: '2026-11-20',
  subject: `Phản ánh thử nghiệm sự cố ${tag}`,
  category: 'CONSTRUCTION_URBAN_ORDER',
  agencyId: 'so-xay-dung',
  administrativeUnitId: 'phuong-hoan-kiem',
});

export const recordMeeting = `mutation($input: RecordVoterMeetingInput!) { recordVoterMeeting(input: $input) { id } }`;

/** A held voter meeting with two recommendations, one for the construction department and one for the committee. */
export const meetingInput = (tag: string) => ({
  kind: 'AFTER_SESSION',
  heldOn: '2026-11-15',
  place: `Nhà văn hóa tổ dân phố ${tag}`,
  administrativeUnitId: 'phuong-hoan-kiem',
  attendance: 120,
  recommendations: [
    { text: `Kiến nghị ${tag} về nút giao Hàng Bài`, category: 'TRANSPORT', addressedToAgencyId: 'so-xay-dung' },
    { text: `Kiến nghị ${tag} về thu gom rác`, category: 'ENVIRONMENT', addressedToAgencyId: 'committee' },
  ],
});

export interface Attempt {
  index: number;
  tag: string;
  answer: GraphQLAnswer;
  /** The created entity's id when the write was acknowledged (an answer with data and no error). */
  id?: string;
  sentAt: number;
  answeredAt: number;
}

/** Sends `count` writes, `concurrency` at a time, each built from its index; `onAnswer` sees each as it comes back. */
export async function sendWrites(
  count: number,
  concurrency: number,
  send: (index: number) => Promise<{ tag: string; answer: GraphQLAnswer }>,
  onAnswer: (attempt: Attempt, all: Attempt[]) => void = () => undefined,
): Promise<Attempt[]> {
  const attempts: Attempt[] = [];
  let next = 0;
  async function worker(): Promise<void> {
    while (next < count) {
      const index = next++;
      const sentAt = Date.now();
      const { tag, answer } = await send(index);
      const data = answer.data ? Object.values(answer.data)[0] : undefined;
      const attempt: Attempt = { index, tag, answer, sentAt, answeredAt: Date.now(), id: !answer.errors && data ? (data as { id: string }).id : undefined };
      attempts.push(attempt);
      onAnswer(attempt, attempts);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return attempts.sort((a, b) => a.index - b.index);
}

/** How many times each value occurs. */
export function tally<T>(values: T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** The assignments the committee made per case (subject id), from its database. */
export async function assignmentsPerCase(platform: ScenarioPlatform): Promise<Map<string, number>> {
  const rows = await platform.database('committee').collection('assignments').find({ subjectType: 'PETITION' }, { projection: { subjectId: 1 } }).toArray();
  return tally(rows.map((row) => String(row.subjectId)));
}

/**
 * Waits until no document of `collection` in `service`'s database holds unpublished events. Resolves to null when
 * none does, else (after `timeoutMs`) to what is left: how many documents are flagged and how many events they hold.
 */
export async function outboxLeft(
  platform: ScenarioPlatform,
  service: Parameters<ScenarioPlatform['database']>[0],
  collection: string,
  timeoutMs: number,
): Promise<{ documents: number; events: number } | null> {
  const documents = platform.database(service).collection(collection);
  const emptied = await waitFor(async () => (await documents.countDocuments({ hasPendingEvents: true })) === 0, timeoutMs);
  if (emptied) return null;
  const left = await documents.find({ hasPendingEvents: true }, { projection: { pendingEvents: 1 } }).toArray();
  return { documents: left.length, events: left.reduce((sum, doc) => sum + (doc.pendingEvents?.length ?? 0), 0) };
}

export { callers };
