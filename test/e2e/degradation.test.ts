import type { Caller } from '@hanoi/platform';
import { eventually } from '@hanoi/platform/testing';
import { startWholePlatform, type GraphQLResponse } from '../support/platform';

/**
 * Degrade, don't fail: with the whole platform on the demo data, each subgraph in turn is killed (`kill -9`) — and one
 * is frozen (SIGSTOP) — while an agency's page and the session dossier are asked for. Everything the stopped one does
 * not serve still comes back; its fields are null, with one SUBGRAPH_UNAVAILABLE error naming it. Each is started
 * again before the next, and the whole answers come back.
 */
const analyst: Caller = { subject: 'e2e-analyst', agency: 'council', roles: ['analyst'] };
/** The fetch timeout of the subgraph frozen here (ms), the production default: how long it may hold a request. */
const fetchTimeoutMs = 10_000;

/**
 * Three agencies' pages: between them every subgraph adds something (demo data, scripts/seed/demo-data.ts). An
 * agency's `kind` is asked beside its `shortName` because subgraphs that reference agencies provide their names
 * themselves (`@provides`): `kind` still comes from committee.
 */
const agencyPages = `query AgencyPages {
  construction: agency(id: "so-xay-dung") { ...Page }
  finance: agency(id: "so-tai-chinh") { ...Page }
  city: agency(id: "committee") { ...Page }
}
fragment Page on Agency {
  id name shortName assignments { id status }
  openCaseCount cases(first: 10) { totalCount edges { node { id subject agency { shortName } } } }
  agendaItems { id title councilSession { name } }
  consultationsOwed { id draftTitle }
  supervisionRecommendations { id text }
  coordinationIndex(period: "2026") { value }
}`;

const sessionDossier = `query SessionDossier {
  nextRegularSession(after: "2026-11-28") {
    id name opensOn
    agenda { id title presentingAgency { shortName kind } }
    questions { id addressedTo { shortName kind } }
    voterOpinionReport { status dueOn }
    voterMeetings { id place recommendationCases { id subject } }
    voterRecommendationsDue { id subject }
    preparationTasks { id title agency { shortName kind } }
  }
}`;

const pages = ['construction', 'finance', 'city'];
const onEachPage = (...fields: string[]) => pages.flatMap((page) => fields.map((field) => `${page}.${field}`));

/**
 * What each subgraph's outage nulls, as paths into the two answers (`[]`: in each element of that list): the fields
 * it serves, each the nearest nullable field above what it holds. The rest must be unchanged.
 */
const nulledBy: Record<string, { pages: string[]; dossier: string[] }> = {
  committee: { pages: pages, dossier: ['nextRegularSession.agenda[].presentingAgency', 'nextRegularSession.questions[].addressedTo', 'nextRegularSession.preparationTasks[].agency'] },
  council: { pages: onEachPage('agendaItems'), dossier: ['nextRegularSession'] },
  front: { pages: [], dossier: ['nextRegularSession.voterOpinionReport', 'nextRegularSession.voterMeetings'] },
  petitions: { pages: onEachPage('openCaseCount', 'cases'), dossier: ['nextRegularSession.voterMeetings[].recommendationCases', 'nextRegularSession.voterRecommendationsDue'] },
  delegation: { pages: onEachPage('consultationsOwed'), dossier: [] },
  supervision: { pages: onEachPage('supervisionRecommendations', 'coordinationIndex'), dossier: ['nextRegularSession.preparationTasks'] },
};

/** A copy of `data` with null at each path. */
function withNulls(data: Record<string, any>, paths: string[]): Record<string, any> {
  const copy = structuredClone(data);
  const nullAt = (target: any, [head, ...rest]: string[]): void => {
    if (target === null || target === undefined || head === undefined) return;
    if (head.endsWith('[]')) return void (target[head.slice(0, -2)] as unknown[] | null)?.forEach((item) => nullAt(item, rest));
    if (rest.length === 0) target[head] = null;
    else nullAt(target[head], rest);
  };
  for (const path of paths) nullAt(copy, path.split('.'));
  return copy;
}

describe('degrade, don’t fail: a stopped subgraph costs only its own fields', () => {
  let platform: Awaited<ReturnType<typeof startWholePlatform>>;
  const ask = (query: string) => platform.gateway(query, {}, analyst);

  /** Both answers whole: no error, each subgraph's part there and not empty. */
  const whole = async () => {
    const [pages, dossier] = await Promise.all([ask(agencyPages), ask(sessionDossier)]);
    const { construction, finance, city } = pages.data ?? {};
    const session = dossier.data?.nextRegularSession;
    const complete = !pages.errors && !dossier.errors
      && construction?.cases.totalCount > 0 && construction.assignments.length > 0 && construction.supervisionRecommendations.length > 0
      && finance?.agendaItems.length > 0 && finance.coordinationIndex && city?.consultationsOwed.length > 0
      && session?.agenda.length > 0 && session.questions.length > 0 && session.voterOpinionReport
      && session.voterMeetings[0]?.recommendationCases.length > 0 && session.preparationTasks?.length > 0;
    return complete ? { pages: pages.data!, dossier: dossier.data! } : undefined;
  };

  /** The errors of an answer given while `subgraph` was unavailable: SUBGRAPH_UNAVAILABLE naming it, for `reason`. */
  const expectUnavailable = (answer: GraphQLResponse, subgraph: string, reason: string) => {
    expect(answer.status).toBe(200);
    expect(answer.errors?.length).toBeGreaterThan(0);
    for (const error of answer.errors!) expect(error.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: subgraph, reason });
  };

  /**
   * Stops `subgraph` with `signal`, asks both queries, and compares them with the whole answers just before: equal but
   * for the fields it serves, null. `resume` brings it back; then the whole answers are back.
   */
  async function whileStopped(subgraph: string, signal: NodeJS.Signals, reason: string, resume: () => Promise<void>) {
    const before = (await eventually(whole, 60_000, 1_000))!;
    platform.processes[subgraph]!.signal(signal);
    try {
      if (signal === 'SIGKILL') await platform.processes[subgraph]!.exited();
      const began = Date.now();
      const [pages, dossier] = await Promise.all([ask(agencyPages), ask(sessionDossier)]);
      const tookMs = Date.now() - began;
      expect(pages.data).toEqual(withNulls(before.pages, nulledBy[subgraph]!.pages));
      expect(dossier.data).toEqual(withNulls(before.dossier, nulledBy[subgraph]!.dossier));
      // Each answer that lost something says why (front serves nothing of the pages, delegation nothing of the dossier).
      const lost = [pages, dossier].filter((_, n) => [nulledBy[subgraph]!.pages, nulledBy[subgraph]!.dossier][n]!.length > 0);
      for (const answer of lost) expectUnavailable(answer, subgraph, reason);
      for (const answer of [pages, dossier].filter((answer) => !lost.includes(answer))) expect(answer.errors).toBeUndefined();
      return tookMs;
    } finally {
      await resume();
      await eventually(whole, 60_000, 500);
    }
  }

  beforeAll(async () => {
    platform = await startWholePlatform({ env: { SUBGRAPH_SUPERVISION_TIMEOUT_MS: String(fetchTimeoutMs) } });
    await platform.seedDemoData();
    // What travels over Kafka has arrived: the whole answers are there.
    await eventually(whole, 180_000, 2_000);
  }, 600_000);
  afterAll(() => platform?.stop(), 60_000);

  it.each(Object.keys(nulledBy))('%s killed: its fields are null, the rest is served; started again, all is back', async (subgraph) => {
    await whileStopped(subgraph, 'SIGKILL', 'FETCH_FAILED', () => platform.processes[subgraph]!.restart());
  }, 180_000);

  it('a frozen subgraph (SIGSTOP) holds a request no longer than its fetch timeout, then its fields are null', async () => {
    const tookMs = await whileStopped('supervision', 'SIGSTOP', 'TIMEOUT', async () => platform.processes.supervision!.signal('SIGCONT'));
    expect(tookMs).toBeGreaterThanOrEqual(fetchTimeoutMs - 100);
    expect(tookMs).toBeLessThan(fetchTimeoutMs + 10_000);
  }, 180_000);
});
