import type { Caller } from '@hanoi/platform';

/** The demo's staff, one per role a front-end team builds screens for. */
export const demoUsers: { description: string; caller: Caller }[] = [
  { description: 'Administrator (all agencies)', caller: { subject: 'admin', agency: 'committee', roles: ['admin'] } },
  { description: 'Fatherland Front clerk', caller: { subject: 'front-clerk', agency: 'front', roles: ['clerk'] } },
  { description: 'Council Standing Committee clerk', caller: { subject: 'council-clerk', agency: 'council', roles: ['clerk'] } },
  { description: "People's Committee case handler", caller: { subject: 'committee-handler', agency: 'committee', roles: ['handler'] } },
  { description: 'NA delegation clerk', caller: { subject: 'delegation-clerk', agency: 'delegation', roles: ['clerk'] } },
  { description: 'Analyst (read-only)', caller: { subject: 'analyst', agency: 'council', roles: ['analyst'] } },
];
