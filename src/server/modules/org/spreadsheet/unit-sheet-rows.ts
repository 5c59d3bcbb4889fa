import type { OrgUnitKind, Ownership, SchoolLevel } from '../../../../contract/org.js';
import {
  kindLabels,
  ownershipLabels,
  schoolLevelLabels,
  type UnitColumnKey,
  unitColumns,
} from './unit-columns.js';

export interface UnitSheetValues {
  code: string;
  name: string;
  short_name: string;
  kind: OrgUnitKind;
  school_level: SchoolLevel | null;
  ownership: Ownership | null;
  parent_code: string;
  address: string | null;
  phone: string | null;
  email: string | null;
}

/** A unit as a row of the template, so that an export can be edited and imported again. */
export function unitSheetRow(unit: UnitSheetValues): string[] {
  const cells: Record<UnitColumnKey, string> = {
    code: unit.code,
    name: unit.name,
    shortName: unit.short_name,
    // Exports hold only units in effect, so never the ministry (no parent) or a closed district office.
    kind: kindLabels[unit.kind as keyof typeof kindLabels] ?? unit.kind,
    schoolLevel: unit.school_level ? schoolLevelLabels[unit.school_level] : '',
    ownership: unit.ownership ? ownershipLabels[unit.ownership] : '',
    parentCode: unit.parent_code,
    address: unit.address ?? '',
    phone: unit.phone ?? '',
    email: unit.email ?? '',
  };
  return unitColumns.map((column) => cells[column.key]);
}
