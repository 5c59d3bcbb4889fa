import type { OrgUnitKind, UnitCounts } from '../../../contract/org';
import { formatNumber } from '../../i18n/format';
import type { Messages } from '../../i18n/vi';

const countOrder: OrgUnitKind[] = ['department', 'district_office', 'commune', 'school', 'partner'];

/** "34 Sở · 3.321 xã/phường · 450 trường": the units below, by kind, leaving out kinds with none. */
export function describeCounts(counts: UnitCounts, t: Messages): string {
  return countOrder
    .filter((kind) => (counts[kind] ?? 0) > 0)
    .map((kind) => t.org.kindCounts[kind](formatNumber(counts[kind] ?? 0)))
    .join(' · ');
}

export const hasUnitsBelow = (counts: UnitCounts): boolean =>
  Object.values(counts).some((count) => count > 0);
