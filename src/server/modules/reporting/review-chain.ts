import type { OrgUnitKind } from '../../../contract/org.js';

/** Unit kinds that review the reports of the units below them. */
const REVIEWING_KINDS: ReadonlySet<OrgUnitKind> = new Set([
  'ministry',
  'department',
  'commune',
  'district_office',
]);

/** Whether units of this kind review the reports of the units below them. */
export const reviewsReports = (kind: OrgUnitKind): boolean => REVIEWING_KINDS.has(kind);

export interface ChainUnit {
  id: number;
  kind: OrgUnitKind;
  path: string;
}

/** Ids in a materialised path such as '/1/35/812/', root first. */
export const pathIds = (path: string): number[] => path.split('/').filter(Boolean).map(Number);

/**
 * Who reviews a unit's report, nearest first: its reviewing ancestors up to and including the unit
 * that runs the round (a school → its commune → the Sở).
 */
export function reviewChain<Unit extends ChainUnit>(
  reportUnitPath: string,
  ownerPath: string,
  ancestors: Unit[],
): Unit[] {
  const byId = new Map(ancestors.map((unit) => [unit.id, unit]));
  const ids = pathIds(reportUnitPath).slice(0, -1);
  return ids
    .map((id) => byId.get(id))
    .filter((unit): unit is Unit => unit !== undefined)
    .filter((unit) => unit.path.startsWith(ownerPath) && REVIEWING_KINDS.has(unit.kind))
    .reverse();
}

/** The level that acts next: the one above the last approval, or the first when none approved yet. */
export function nextReviewer(chain: ChainUnit[], approvedThroughUnitId: number | null): ChainUnit | null {
  if (approvedThroughUnitId === null) return chain[0] ?? null;
  const index = chain.findIndex((unit) => unit.id === approvedThroughUnitId);
  return chain[index + 1] ?? null;
}

/** The level below the last approval, which an unapproval returns to. */
export function previousApproval(chain: ChainUnit[], approvedThroughUnitId: number): ChainUnit | null {
  const index = chain.findIndex((unit) => unit.id === approvedThroughUnitId);
  return index > 0 ? (chain[index - 1] ?? null) : null;
}
