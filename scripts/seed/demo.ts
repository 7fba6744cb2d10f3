import * as demo from './demo-data';
import { cityAgencies } from './directory';

/**
 * The demo data set `npm start` loads through the gateway as an administrator: the directory (the four
 * bodies, departments, the 30 former districts and a sample of the 126 commune-level units), deputies
 * (fictional people), two regular council sessions with their programme, a voter meeting whose
 * recommendations become cases over Kafka (F1), citizens' cases, a law consultation, a supervision
 * programme, two communes' bodies with a session, a voter meeting and a supervision each, and the 2027
 * coordination plan (data in demo-data.ts).
 *
 * Idempotent, so that a load interrupted anywhere (Ctrl-C, a crash, a lost answer) completes on the next start:
 * every entity is looked up by its natural key before it is created, and every state change (programme issued,
 * document submitted, programme started) is made only if it is not made yet. Loading a complete set again changes
 * nothing; it stops at once when the set's last entity (the plan's items) is there.
 */
type Call = (query: string, variables?: Record<string, unknown>) => Promise<Record<string, any>>;
type Say = (message: string) => void;

/** A request the gateway answered with errors; `codes` are their `extensions.code`s. */
export class GraphQLCallError extends Error {
  constructor(readonly codes: string[], messages: string[]) {
    super(`GraphQL errors: ${messages.join('; ')}`);
  }
}

/** GraphQL over HTTP as one user; throws a GraphQLCallError with the errors' messages and codes. */
export function gatewayClient(gatewayUrl: string, token: string): Call {
  return async (query, variables = {}) => {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, any>; errors?: { message: string; extensions?: { code?: string } }[] };
    if (body.errors?.length) throw new GraphQLCallError(body.errors.map((e) => e.extensions?.code ?? 'NONE'), body.errors.map((e) => e.message));
    return body.data!;
  };
}

/** Sends `rows` one by one, saying how far it got every 20 rows. */
async function each<T>(say: Say, label: string, rows: T[], send: (row: T) => Promise<unknown>) {
  for (const [index, row] of rows.entries()) {
    await send(row);
    if ((index + 1) % 20 === 0 || index + 1 === rows.length) say(`seeding ${label}: ${index + 1}/${rows.length}`);
  }
}

type Connection = { edges: { node: Record<string, any> }[]; pageInfo?: { hasNextPage: boolean; endCursor: string | null } };
const nodes = (connection: Connection) => connection.edges.map((edge) => edge.node);

/** Every id of a directory list (`agencies`, `administrativeUnits`), page by page. */
async function allIds(call: Call, list: 'agencies' | 'administrativeUnits'): Promise<Set<string>> {
  const ids = new Set<string>();
  for (let after: string | null = null; ; ) {
    const data: Record<string, any> = await call(`query($after: String) { ${list}(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`, { after });
    const page = data[list] as Connection;
    for (const node of nodes(page)) ids.add(node.id);
    if (!page.pageInfo?.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
}

/**
 * The directory: the city bodies and departments not there yet (createAgency), then Hanoi's units and their People's
 * Committees from the committee's data files (importHanoiDirectory, one request, adds what is missing); returns
 * whether it created anything.
 */
export async function seedDirectory(call: Call, say: Say): Promise<boolean> {
  const known = await allIds(call, 'agencies');
  const missingAgencies = cityAgencies.filter((agency) => !known.has(agency.id));
  await each(say, 'agencies', missingAgencies, (input) => call(`mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, { input }));
  // Over a thousand rows in one request: on a loaded machine the gateway may stop waiting (SUBGRAPH_UNAVAILABLE) while
  // the committee goes on. The import is idempotent and resumable: asked again, it adds what is still missing.
  const { importHanoiDirectory: imported } = await retryWhileUnavailable(say, () =>
    call(`mutation { importHanoiDirectory { unitsCreated unitsExisting agenciesCreated agenciesExisting } }`),
  );
  say(
    `seeding the directory: ${imported.unitsCreated} units and ${imported.agenciesCreated} People's Committees, communes' councils and fronts added (${imported.unitsExisting} and ${imported.agenciesExisting} there already)`,
  );
  return missingAgencies.length + imported.unitsCreated + imported.agenciesCreated > 0;
}

/** Sends an idempotent request again, after a pause, while a subgraph is too busy to answer it in time. */
async function retryWhileUnavailable<T>(say: Say, work: () => Promise<T>, attempts = 10): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof GraphQLCallError) || !error.codes.includes('SUBGRAPH_UNAVAILABLE') || attempt === attempts) throw error;
      say(`${error.message}; asking again (${attempt}/${attempts - 1})`);
      await new Promise((resolve) => setTimeout(resolve, 5_000));
    }
  }
}

/** How long the seed waits for petitions to learn the directory from the committee's events (ms). */
const directoryWaitMs = 300_000;

/**
 * Waits until petitions routes each demo case to the agency the demo names. Petitions learns the directory from the
 * committee's events, so a freshly imported one (hundreds of units and People's Committees) reaches it a while after
 * the import answered; until then it does not know a ward (NOT_FOUND) or routes to the city's department for want of
 * the ward's committee, and the cases — and the meeting's, opened by its consumer — would be refused.
 */
async function directoryReachedPetitions(call: Call, say: Say): Promise<void> {
  say('waiting for petitions to learn the directory (from the committee\'s events)…');
  const began = Date.now();
  for (const input of demo.cases) {
    for (;;) {
      const suggested = await call(
        `query($kind: PetitionKind!, $category: PetitionCategory!, $unit: ID, $on: Date) { suggestAgency(kind: $kind, category: $category, administrativeUnitId: $unit, on: $on) { agency { id } } }`,
        { kind: input.kind, category: input.category, unit: input.administrativeUnitId, on: input.receivedOn },
      ).then(
        (data) => data.suggestAgency?.agency?.id as string | undefined,
        (error: unknown) => {
          if (error instanceof GraphQLCallError && error.codes.includes('NOT_FOUND')) return undefined;
          throw error;
        },
      );
      // Past the wait, the case is sent anyway: its refusal says what petitions still lacks.
      if (suggested === input.agencyId || Date.now() - began > directoryWaitMs) break;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
  say(`petitions knows the directory (${((Date.now() - began) / 1000).toFixed(0)} s)`);
}

/** The id of what `find` finds, else of what `create` creates: an interrupted earlier load may have created it. */
async function ensure(find: () => Promise<string | undefined>, create: () => Promise<string>): Promise<string> {
  return (await find()) ?? (await create());
}

/** Whether the set's last entities — the 2027 plan with its items — are there, i.e. an earlier load completed. */
async function loaded(call: Call): Promise<boolean> {
  const { coordinationPlans } = await call(`{ coordinationPlans(first: 100) { edges { node { year items { title } } } } }`);
  const plan = nodes(coordinationPlans).find((node) => node.year === demo.coordinationPlan.year);
  return plan?.items.length === demo.coordinationPlanItems.length;
}

export async function seedDemo(gatewayUrl: string, token: string, say: Say): Promise<void> {
  await seedDemoWith(gatewayClient(gatewayUrl, token), say);
}

/** `seedDemo` through any client (tests interrupt it with one that fails after a number of requests). */
export async function seedDemoWith(call: Call, say: Say): Promise<void> {
  if (await loaded(call)) {
    say('demo data already loaded');
    return;
  }
  await seedDirectory(call, say);
  await directoryReachedPetitions(call, say);
  const councilDeputyIds = await seedDeputies(call, say);
  const naDeputyIds = await seedNationalAssemblyDeputies(call, say);
  const sessionIds = await seedSessions(call, say, councilDeputyIds[0]!);
  await ensure(
    async () => {
      const { voterMeetings } = await call(`query($s: ID!, $on: Date!) { voterMeetings(filter: { councilSessionId: $s, heldFrom: $on, heldTo: $on }, first: 100) { edges { node { id place } } } }`, {
        s: sessionIds[0],
        on: demo.voterMeeting.heldOn,
      });
      return nodes(voterMeetings).find((node) => node.place === demo.voterMeeting.place)?.id;
    },
    async () => {
      const input = { ...demo.voterMeeting, councilSessionId: sessionIds[0], nationalAssemblyDeputyIds: naDeputyIds, councilDeputyIds: councilDeputyIds.slice(0, 2) };
      return (await call(`mutation($input: RecordVoterMeetingInput!) { recordVoterMeeting(input: $input) { id } }`, { input })).recordVoterMeeting.id;
    },
  );
  say('seeding: a voter meeting with 3 recommendations (petitions opens their cases over Kafka)');
  await each(say, 'citizen cases', demo.cases, (input) =>
    ensure(
      async () => {
        const filter = { agencyId: input.agencyId, receivedFrom: input.receivedOn, receivedTo: input.receivedOn };
        const { petitions } = await call(`query($filter: PetitionFilter) { petitions(filter: $filter, first: 100) { edges { node { id subject } } } }`, { filter });
        return nodes(petitions).find((node) => node.subject === input.subject)?.id;
      },
      async () => (await call(`mutation($input: SubmitPetitionInput!) { submitPetition(input: $input) { id } }`, { input })).submitPetition.id,
    ),
  );
  await seedConsultationAndSupervision(call);
  await seedCommunes(call, say);
  await seedCoordination(call);
  say('seeding: law consultation, supervision programme and its recommendation, the 2027 coordination plan — done');
}

/** The council deputies, in order; returns their ids. */
async function seedDeputies(call: Call, say: Say): Promise<string[]> {
  const ids: string[] = [];
  await each(say, 'council deputies', demo.councilDeputies, async (input) => {
    const id = await ensure(
      async () => {
        const { councilDeputies } = await call(`query($term: String, $search: String) { councilDeputies(filter: { term: $term, search: $search }, first: 100) { edges { node { id fullName } } } }`, {
          term: input.term,
          search: input.fullName,
        });
        return nodes(councilDeputies).find((node) => node.fullName === input.fullName)?.id;
      },
      async () => (await call(`mutation($input: CreateCouncilDeputyInput!) { createCouncilDeputy(input: $input) { id } }`, { input })).createCouncilDeputy.id,
    );
    ids.push(id);
  });
  return ids;
}

/** The National Assembly deputies, in order; returns their ids. */
async function seedNationalAssemblyDeputies(call: Call, say: Say): Promise<string[]> {
  const ids: string[] = [];
  await each(say, 'NA deputies', demo.nationalAssemblyDeputies, async (input) => {
    const id = await ensure(
      async () => {
        const { nationalAssemblyDeputies } = await call(
          `query($term: String, $search: String) { nationalAssemblyDeputies(filter: { term: $term, search: $search }, first: 100) { edges { node { id fullName } } } }`,
          { term: input.term, search: input.fullName },
        );
        return nodes(nationalAssemblyDeputies).find((node) => node.fullName === input.fullName)?.id;
      },
      async () => (await call(`mutation($input: CreateNationalAssemblyDeputyInput!) { createNationalAssemblyDeputy(input: $input) { id } }`, { input })).createNationalAssemblyDeputy.id,
    );
    ids.push(id);
  });
  return ids;
}

const sessionQuery = `query($term: String) { councilSessions(filter: { term: $term }, first: 100) { edges { node {
  id number programmeIssuedOn agenda { id title submittedOn } questions { text }
} } } }`;

/** The two sessions, session 5's agenda, programme, late budget document and question; returns the sessions' ids. */
async function seedSessions(call: Call, say: Say, askingDeputyId: string): Promise<string[]> {
  const find = async (number: number) =>
    nodes((await call(sessionQuery, { term: demo.councilSessions[0]!.term })).councilSessions).find((node) => node.number === number);
  const ids: string[] = [];
  await each(say, 'council sessions', demo.councilSessions, async (input) => {
    const id = await ensure(
      async () => (await find(input.number))?.id,
      async () => (await call(`mutation($input: ScheduleCouncilSessionInput!) { scheduleCouncilSession(input: $input) { id } }`, { input })).scheduleCouncilSession.id,
    );
    ids.push(id);
  });
  const first = () => find(demo.councilSessions[0]!.number);
  await each(say, 'agenda items', demo.agenda, (input) =>
    ensure(
      async () => (await first())?.agenda.find((item: { title: string }) => item.title === input.title)?.id,
      async () => (await call(`mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`, { input: { ...input, councilSessionId: ids[0] } })).addAgendaItem.id,
    ),
  );
  const session = (await first())!;
  if (!session.programmeIssuedOn) {
    await call(`mutation($id: ID!, $on: Date!) { issueSessionProgramme(id: $id, input: { issuedOn: $on }) { id } }`, { id: ids[0], on: demo.programmeIssuedOn });
  }
  const budget = session.agenda.find((item: { title: string }) => item.title === demo.agenda[0]!.title);
  if (!budget.submittedOn) {
    await call(`mutation($id: ID!, $on: Date!) { submitAgendaDocument(agendaItemId: $id, input: { submittedOn: $on }) { id } }`, { id: budget.id, on: demo.budgetDocumentSubmittedOn });
  }
  if (!session.questions.some((asked: { text: string }) => asked.text === demo.question.text)) {
    await call(`mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id } }`, { input: { ...demo.question, councilSessionId: ids[0], askedByDeputyId: askingDeputyId } });
  }
  return ids;
}

/** The law consultation, and the supervision programme started with its recommendation. */
async function seedConsultationAndSupervision(call: Call): Promise<void> {
  await ensure(
    async () => {
      const { lawConsultations } = await call(`query($kind: DraftKind) { lawConsultations(filter: { draftKind: $kind }, first: 100) { edges { node { id draftTitle } } } }`, {
        kind: demo.lawConsultation.draftKind,
      });
      return nodes(lawConsultations).find((node) => node.draftTitle === demo.lawConsultation.draftTitle)?.id;
    },
    async () => (await call(`mutation($input: CreateLawConsultationInput!) { createLawConsultation(input: $input) { id } }`, { input: demo.lawConsultation })).createLawConsultation.id,
  );
  await seedSupervision(call, demo.supervisionProgramme, demo.supervisionRecommendation);
}

/** A supervision programme (found by its lead and title), started, with its recommendation. */
async function seedSupervision(
  call: Call,
  input: { title: string; leadAgencyId: string; year: number },
  recommendation: { text: string; addressedToAgencyId: string; dueOn: string },
): Promise<void> {
  const find = async () => {
    const { supervisionProgrammes } = await call(
      `query($year: Int, $lead: ID) { supervisionProgrammes(filter: { year: $year, leadAgencyId: $lead }, first: 100) { edges { node { id title status recommendations { text } } } } }`,
      { year: input.year, lead: input.leadAgencyId },
    );
    return nodes(supervisionProgrammes).find((node) => node.title === input.title);
  };
  const programmeId = await ensure(
    async () => (await find())?.id,
    async () => (await call(`mutation($input: CreateSupervisionProgrammeInput!) { createSupervisionProgramme(input: $input) { id } }`, { input })).createSupervisionProgramme.id,
  );
  const programme = (await find())!;
  if (programme.status === 'PLANNED') await call(`mutation($id: ID!) { startSupervisionProgramme(id: $id) { id } }`, { id: programmeId });
  if (!programme.recommendations.some((issued: { text: string }) => issued.text === recommendation.text)) {
    await call(`mutation($input: AddSupervisionRecommendationInput!) { addSupervisionRecommendation(input: $input) { id } }`, { input: { ...recommendation, programmeId } });
  }
}

/**
 * Each demo commune's bodies, recorded by the administrator on their behalf (the inputs name the commune's council and
 * front): its council's session, its Front committee's voter meeting before it, its council's supervision.
 */
async function seedCommunes(call: Call, say: Say): Promise<void> {
  for (const commune of demo.communes) {
    const sessionId = await ensure(
      async () => {
        const { councilSessions } = await call(`query($unit: ID) { councilSessions(filter: { jurisdictionUnitId: $unit }, first: 100) { edges { node { id number term } } } }`, {
          unit: commune.unitId,
        });
        return nodes(councilSessions).find((node) => node.number === commune.session.number && node.term === commune.session.term)?.id;
      },
      async () => (await call(`mutation($input: ScheduleCouncilSessionInput!) { scheduleCouncilSession(input: $input) { id } }`, { input: commune.session })).scheduleCouncilSession.id,
    );
    await ensure(
      async () => {
        const { voterMeetings } = await call(`query($unit: ID, $on: Date!) { voterMeetings(filter: { jurisdictionUnitId: $unit, heldFrom: $on, heldTo: $on }, first: 100) { edges { node { id place } } } }`, {
          unit: commune.unitId,
          on: commune.voterMeeting.heldOn,
        });
        return nodes(voterMeetings).find((node) => node.place === commune.voterMeeting.place)?.id;
      },
      async () =>
        (await call(`mutation($input: RecordVoterMeetingInput!) { recordVoterMeeting(input: $input) { id } }`, { input: { ...commune.voterMeeting, councilSessionId: sessionId } }))
          .recordVoterMeeting.id,
    );
    await seedSupervision(call, commune.supervisionProgramme, commune.supervisionRecommendation);
    say(`seeding: ${commune.unitName}'s council session, voter meeting and supervision`);
  }
}

/** The focal point of the construction department, then the 2027 plan and its items. */
async function seedCoordination(call: Call): Promise<void> {
  const { coordinationFocalPoints } = await call(`{ coordinationFocalPoints { agency { id } person { id } } }`);
  const focal = (coordinationFocalPoints as { agency: { id: string }; person: { id: string } }[]).find((point) => point.agency.id === demo.focalPoint.agencyId);
  if (focal?.person.id !== demo.focalPoint.input.id) {
    await call(`mutation($agencyId: ID!, $input: PersonInput!) { setCoordinationFocalPoint(agencyId: $agencyId, input: $input) { setAt } }`, demo.focalPoint);
  }
  const findPlan = async () => {
    const { coordinationPlans } = await call(`{ coordinationPlans(first: 100) { edges { node { id year items { title } } } } }`);
    return nodes(coordinationPlans).find((node) => node.year === demo.coordinationPlan.year);
  };
  const planId = await ensure(
    async () => (await findPlan())?.id,
    async () => (await call(`mutation($input: CreateCoordinationPlanInput!) { createCoordinationPlan(input: $input) { id } }`, { input: demo.coordinationPlan })).createCoordinationPlan.id,
  );
  const present = new Set(((await findPlan())!.items as { title: string }[]).map((item) => item.title));
  for (const input of demo.coordinationPlanItems.filter((item) => !present.has(item.title))) {
    await call(`mutation($planId: ID!, $input: CreateCoordinationTaskInput!) { addCoordinationPlanItem(planId: $planId, input: $input) { id } }`, { planId, input });
  }
}
