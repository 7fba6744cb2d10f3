import type { EventContract } from '../../../packages/contracts/src/define';
import { compatibilityProblems, wireSchema } from '../../../packages/contracts/src/compatibility';
import type { Finding } from './schema-changes';

/** A wire format as recorded in a snapshot (JSON Schema). */
export type WireFormat = Parameters<typeof compatibilityProblems>[0];

/** Where the wire format of each published event type is recorded (`<type>.json`), relative to the repository. */
export const snapshotsDir = 'packages/contracts/snapshots';

/**
 * Each event type recorded in the landed version (`recorded`: type → wire format, its snapshot there) against the
 * contract the working tree publishes now: an incompatible change to a published version (a field removed, retyped,
 * made required or optional, an enum value added or removed — `compatibilityProblems`) and a type dropped from the
 * catalogue are breaking. Types new since then have nothing to break.
 */
export function contractFindings(recorded: Map<string, WireFormat>, contracts: readonly EventContract[]): Finding[] {
  const current = new Map(contracts.map((contract) => [contract.type, contract]));
  const where = [snapshotsDir.replace(/\/snapshots$/, '')];
  const finding = (type: string, change: string, message: string): Finding => ({ severity: 'breaking', coordinate: type, change, message, where, usedBy: [] });
  return [...recorded].flatMap(([type, wire]) => {
    const contract = current.get(type);
    if (!contract) return [finding(type, 'EVENT_TYPE_REMOVED', 'was removed from the catalogue: its events stay in the topics, read by replays and late consumers')];
    return compatibilityProblems(wire, wireSchema(contract)).map((problem) =>
      finding(type, 'EVENT_WIRE_FORMAT_CHANGED', `${problem} (a published version changes only by new optional fields; publish …v${contract.version + 1} beside it)`),
    );
  });
}
