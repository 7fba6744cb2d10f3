import { randomBytes } from 'node:crypto';
import { committeeEvents } from '@hanoi/contracts';
import { createEventBus, createLogger, parseCalendarDate, type CloudEvent, type Logger } from '@hanoi/platform';
import { eventually, startTestSubgraph } from '@hanoi/platform/testing';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';

/** A fresh identity key per test run (base64 of 32 random bytes, as PETITIONS_IDENTITY_KEY wants). */
export const testIdentityKey = () => randomBytes(32).toString('base64');

type AgencyCreated = Parameters<typeof committeeEvents.agencyCreated.draft>[0];
type UnitCreated = Parameters<typeof committeeEvents.administrativeUnitCreated.draft>[0];

export interface AgencySeed {
  id: string;
  kind?: AgencyCreated['kind'];
  level?: AgencyCreated['level'];
  parentId?: string | null;
  administrativeUnitId?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
}

export interface UnitSeed {
  id: string;
  kind?: UnitCreated['kind'];
  level?: UnitCreated['level'];
  validFrom?: string | null;
  validTo?: string | null;
}

const day = (value: string | null | undefined) => (value ? parseCalendarDate(value) : null);

/** `agency.created` as the committee publishes it. */
export const agencyCreated = (agency: AgencySeed) =>
  committeeEvents.agencyCreated.event(agency.id, {
    agencyId: agency.id,
    name: agency.id,
    shortName: agency.id,
    kind: agency.kind ?? 'DEPARTMENT',
    level: agency.level ?? 'CITY',
    parentId: agency.parentId === undefined ? 'committee' : agency.parentId,
    administrativeUnitId: agency.administrativeUnitId ?? null,
    validFrom: day(agency.validFrom),
    validTo: day(agency.validTo),
  });

/** `administrativeUnit.created` as the committee publishes it. */
export const unitCreated = (unit: UnitSeed) =>
  committeeEvents.administrativeUnitCreated.event(unit.id, {
    administrativeUnitId: unit.id,
    name: unit.id,
    kind: unit.kind ?? 'WARD',
    level: unit.level ?? 'COMMUNE',
    validFrom: day(unit.validFrom),
    validTo: day(unit.validTo),
    parentId: null,
    predecessorIds: [],
  });

/** The directory most tests use: the city bodies, some departments, two wards with their committees, a former district. */
export const standardDirectory = {
  units: [
    { id: 'phuong-hoan-kiem', validFrom: '2025-07-01' },
    { id: 'phuong-cua-nam', validFrom: '2025-07-01' },
    { id: 'quan-hoan-kiem', kind: 'URBAN_DISTRICT', level: 'DISTRICT', validTo: '2025-06-30' },
  ] as UnitSeed[],
  agencies: [
    { id: 'committee', kind: 'CITY_BODY', parentId: null },
    { id: 'council', kind: 'CITY_BODY', parentId: null },
    { id: 'front', kind: 'CITY_BODY', parentId: null },
    { id: 'so-xay-dung' },
    { id: 'so-y-te' },
    { id: 'so-nong-nghiep-va-moi-truong' },
    { id: 'thanh-tra-thanh-pho' },
    { id: 'ubnd-phuong-hoan-kiem', kind: 'COMMUNE_COMMITTEE', level: 'COMMUNE', administrativeUnitId: 'phuong-hoan-kiem', validFrom: '2025-07-01' },
    { id: 'ubnd-phuong-cua-nam', kind: 'COMMUNE_COMMITTEE', level: 'COMMUNE', administrativeUnitId: 'phuong-cua-nam', validFrom: '2025-07-01' },
    { id: 'ubnd-quan-hoan-kiem', kind: 'DISTRICT_COMMITTEE', level: 'DISTRICT', administrativeUnitId: 'quan-hoan-kiem', validTo: '2025-06-30' },
  ] as AgencySeed[],
};

/** Starts petitions on port 0 (own database and topics) with a producer to play the other services. */
export async function startPetitions(env: NodeJS.ProcessEnv = {}, logger?: Logger) {
  const petitions = await startTestSubgraph('petitions', loadConfig, (config) => createApp(config, logger), {
    PETITIONS_IDENTITY_KEY: testIdentityKey(),
    // Tests wait for the directory themselves (seedDirectory); unknown ids are refused at once.
    PETITIONS_DIRECTORY_WAIT_MS: '0',
    // No background sweeps unless a test asks for them (their events would interleave with the ones a test counts).
    PETITIONS_SWEEP_INTERVAL_MS: '0',
    ...env,
  });
  const bus = createEventBus({ brokers: petitions.config.KAFKA_BROKERS, clientId: 'petitions-test', logger: createLogger({ service: 'test', level: 'silent' }) });
  await bus.start();
  const db = petitions.app.runtime.database.connection;
  const publish = (service: string, event: CloudEvent) => bus.publish(petitions.app.runtime.topic(service), [event]);
  return {
    ...petitions,
    /** Publishes `event` on `service`'s topic of this run, as that service would. */
    publish,
    /** The raw database (tests read stored documents as they are). */
    db,
    /** Publishes the committee's events for these units and agencies, and waits until petitions knows them all. */
    async seedDirectory(directory: { units?: UnitSeed[]; agencies?: AgencySeed[] } = standardDirectory) {
      const units = directory.units ?? [];
      const agencies = directory.agencies ?? [];
      await bus.publish(petitions.app.runtime.topic('committee'), [...units.map(unitCreated), ...agencies.map(agencyCreated)]);
      await eventually(async () => {
        const [knownUnits, knownAgencies] = await Promise.all([
          db.collection('known_administrative_units').countDocuments({ _id: { $in: units.map((u) => u.id) } as never }),
          db.collection('known_agencies').countDocuments({ _id: { $in: agencies.map((a) => a.id) } as never }),
        ]);
        return knownUnits === units.length && knownAgencies === agencies.length;
      });
    },
    async stop() {
      await bus.stop();
      await petitions.stop();
    },
  };
}

export type Petitions = Awaited<ReturnType<typeof startPetitions>>;
