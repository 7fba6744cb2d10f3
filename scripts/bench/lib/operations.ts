import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Caller } from '@hanoi/platform';
import type { SubgraphName } from '../../../gateway/src/config';
import { repoRoot } from '../../lib/subgraphs';

/** Who sends an operation: reads as an analyst (no access-log writes, like a dashboard), the write as an administrator. */
export const benchCallers = {
  reader: { subject: 'bench-analyst', agency: 'council', roles: ['analyst'] },
  admin: { subject: 'bench-admin', agency: 'committee', roles: ['admin'] },
} satisfies Record<string, Caller>;

export interface BenchOperation {
  /** Short name for `--only` and the tables. */
  key: string;
  title: string;
  document: string;
  variables: Record<string, unknown>;
  caller: keyof typeof benchCallers;
  /** The one subgraph that answers the whole operation, when there is one: it is also called directly. */
  direct?: SubgraphName;
}

/** The session dossier the issue measured: every session with its dossier, agenda, voter meetings and their cases, the voter recommendations due and the preparation tasks. */
const sessionDossier = /* GraphQL */ `
  query BenchSessionDossier {
    councilSessions(first: 10) {
      totalCount
      edges {
        node {
          id
          name
          opensOn
          status
          preparationDossier(asOf: "2026-12-01") {
            total
            onTime
            late
            missing
            pending
            entries { timeliness daysLate agendaItem { id title presentingAgency { id shortName } } }
          }
          agenda { id title reviewingCommittee documentDueOn submittedOn presentingAgency { id shortName } }
          questions { id status addressedTo { id shortName } }
          voterOpinionReport { status dueOn submittedOn }
          voterMeetings {
            id
            kind
            heldOn
            place
            organiser { id shortName }
            administrativeUnit { id name }
            recommendations { number text category addressedTo { id shortName } }
            recommendationCases { id subject status agency { id shortName } due { on rule } }
          }
          voterRecommendationsDue { id subject status agency { id shortName } }
          preparationTasks { id title dueOn status late agency { id shortName } }
        }
      }
    }
  }
`;

const agencyPage = readFileSync(path.join(repoRoot, 'clients/agency-dashboard/src/operations/agency-page.graphql'), 'utf8');

/**
 * What the benchmark measures, on the demo data (scripts/seed/demo.ts): a lookup one subgraph answers, the agency
 * page (committee, petitions, council, delegation, supervision), the session dossier, a page of cases with their
 * agencies, dashboard counts, and one write: setting a routing rule's agency and legal basis to what they are
 * already (the same rule, the same answer every time, so it changes nothing the other operations read; each
 * still stores the rule and publishes `routingRule.updated`).
 */
export const benchOperations: BenchOperation[] = [
  {
    key: 'lookup',
    title: 'agency(id) — one subgraph',
    document: 'query BenchAgencyLookup($id: ID!) { agency(id: $id) { id name shortName kind level validFrom validTo } }',
    variables: { id: 'so-xay-dung' },
    caller: 'reader',
    direct: 'committee',
  },
  {
    key: 'agency-page',
    title: 'agency page',
    document: agencyPage,
    variables: { id: 'so-xay-dung', period: '2026' },
    caller: 'reader',
  },
  {
    key: 'dossier',
    title: 'session dossier',
    document: sessionDossier,
    variables: {},
    caller: 'reader',
  },
  {
    key: 'petitions',
    title: 'petitions list (20, with agencies)',
    document: /* GraphQL */ `
      query BenchPetitions($filter: PetitionFilter) {
        petitions(filter: $filter, first: 20) {
          totalCount
          edges { node { id kind subject status receivedOn overdue due { on rule } agency { id shortName } location { id name } } }
          pageInfo { hasNextPage endCursor }
        }
      }
    `,
    variables: { filter: {} },
    caller: 'reader',
  },
  {
    key: 'counts',
    title: 'dashboard counts',
    document: /* GraphQL */ `
      query BenchCounts {
        petitionCounts { total byStatus { key count } byCategory { key count } byAgency { key count } }
      }
    `,
    variables: {},
    caller: 'reader',
    direct: 'petitions',
  },
  {
    key: 'mutation',
    title: 'updateRoutingRule (same values)',
    document: /* GraphQL */ `
      mutation BenchUpdateRoutingRule($id: ID!, $input: UpdateRoutingRuleInput!) {
        updateRoutingRule(id: $id, input: $input) { id kind category level target legalBasis agency { id shortName } }
      }
    `,
    // Filled in from the rule as stored (lib/platform.ts: routingRuleUnderTest), so the write changes nothing.
    variables: {},
    caller: 'admin',
  },
];
