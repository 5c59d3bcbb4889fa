import type { Insertable, Kysely, Transaction } from 'kysely';
import type { OrgUnitKind, Ownership, SchoolLevel } from '../../../contract/org.js';
import type { AuditWriter } from '../../core/audit/audit.js';
import type { Clock } from '../../core/clock.js';
import type { Database, OrgUnitTable } from '../../core/db/schema.js';
import { newPublicId } from '../../core/ids.js';
import { recountCascadesRequiring } from '../plans/cascade-counts.js';
import { NAME_COLUMNS, type OrgRepository, type OwnedColumn } from './repository.js';
import { foldForSearch } from './search-text.js';

/** A unit as a source (the national list, demo data) describes it; the parent is named by code. */
export interface UnitSource {
  code: string;
  name: string;
  shortName: string;
  kind: OrgUnitKind;
  schoolLevel?: SchoolLevel;
  ownership?: Ownership;
  parentCode: string | null;
  validFrom: string;
  validTo?: string;
  provinceCode?: string;
  address?: string;
  phone?: string;
  email?: string;
}

export interface SuccessionSource {
  predecessorCode: string;
  successorCode: string;
  effectiveOn: string;
}

export interface ImportSummary {
  changedUnits: number;
  addedSuccessions: number;
}

export interface ImportOptions {
  /** The columns the source owns on units that exist already; the names by default. */
  owned?: readonly OwnedColumn[];
  actorAccountId?: number | null;
  requestId?: string;
}

type ImportDeps = { db: Kysely<Database>; repository: OrgRepository; audit: AuditWriter; clock: Clock };

const distinct = (values: (string | null)[]) => [...new Set(values.filter((value) => value !== null))];

/** Groups units so that each comes in a later group than its parent, when the parent is in the batch. */
function parentsFirst(units: UnitSource[]): UnitSource[][] {
  const byCode = new Map(units.map((unit) => [unit.code, unit]));
  const depths = new Map<string, number>();
  const depthOf = (unit: UnitSource, seen: Set<string>): number => {
    const known = depths.get(unit.code);
    if (known !== undefined) return known;
    if (seen.has(unit.code)) throw new Error(`unit ${unit.code} is its own ancestor`);
    seen.add(unit.code);
    const parent = unit.parentCode === null ? undefined : byCode.get(unit.parentCode);
    const depth = parent ? depthOf(parent, seen) + 1 : 0;
    depths.set(unit.code, depth);
    return depth;
  };
  const tiers: UnitSource[][] = [];
  for (const unit of units) {
    const depth = depthOf(unit, new Set());
    tiers[depth] ??= [];
    tiers[depth].push(unit);
  }
  return tiers;
}

/**
 * Creates the units that do not exist yet and updates, matching by code, the columns the source owns
 * of those that do (by default only the names: everything else about a unit belongs to the people who
 * maintain it in the app), then adds missing successor links; in chunked set-based statements, inside
 * the caller's transaction. A unit given another parent takes its subtree along. Running the same
 * import twice changes nothing.
 */
export async function importUnitsWithin(
  trx: Transaction<Database>,
  deps: ImportDeps,
  source: string,
  units: UnitSource[],
  successions: SuccessionSource[],
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const { repository } = deps;
  const owned = options.owned ?? NAME_COLUMNS;
  const now = deps.clock.now().toISOString();
  const before = owned.includes('parent_id')
    ? await repository.placesByCode(
        trx,
        units.map((unit) => unit.code),
      )
    : new Map<string, { parentId: number | null; path: string }>();
  const movedPaths: string[] = [];
  const changedIds: number[] = [];
  for (const tier of parentsFirst(units)) {
    const parentIds = await repository.idsByCode(trx, distinct(tier.map((unit) => unit.parentCode)));
    const rows = tier.map((unit): Insertable<OrgUnitTable> => {
      const parentId = unit.parentCode === null ? null : parentIds.get(unit.parentCode);
      if (parentId === undefined) throw new Error(`unit ${unit.code}: no parent unit ${unit.parentCode}`);
      const existing = before.get(unit.code);
      if (existing && existing.parentId !== parentId) movedPaths.push(existing.path);
      return {
        public_id: newPublicId(),
        code: unit.code,
        name: unit.name,
        short_name: unit.shortName,
        kind: unit.kind,
        school_level: unit.schoolLevel ?? null,
        ownership: unit.ownership ?? null,
        parent_id: parentId,
        path: '',
        depth: 0,
        search_text: foldForSearch(distinct([unit.name, unit.shortName, unit.code]).join(' ')),
        address: unit.address ?? null,
        phone: unit.phone ?? null,
        email: unit.email ?? null,
        valid_from: unit.validFrom,
        valid_to: unit.validTo ?? null,
        province_code: unit.provinceCode ?? null,
        created_at: now,
        updated_at: now,
      };
    });
    changedIds.push(...(await repository.upsertUnits(trx, rows, owned)));
    await repository.completePaths(trx);
  }
  const changedUnits = changedIds.length;
  // Cascade status counts required units per school level (or kind), so a unit changing either moves.
  if (owned.includes('kind') || owned.includes('school_level'))
    await recountCascadesRequiring(trx, changedIds);
  if (movedPaths.length > 0) {
    await repository.detachSubtrees(trx, movedPaths);
    while ((await repository.completePaths(trx)) > 0) {}
  }

  const ids = await repository.idsByCode(
    trx,
    distinct(successions.flatMap((link) => [link.predecessorCode, link.successorCode])),
  );
  const idOf = (code: string) => {
    const id = ids.get(code);
    if (id === undefined) throw new Error(`succession names an unknown unit ${code}`);
    return id;
  };
  const addedSuccessions = await repository.insertSuccessions(
    trx,
    successions.map((link) => ({
      predecessor_id: idOf(link.predecessorCode),
      successor_id: idOf(link.successorCode),
      effective_on: link.effectiveOn,
    })),
  );

  if (changedUnits + addedSuccessions > 0) {
    await deps.audit(trx, {
      actorAccountId: options.actorAccountId ?? null,
      action: 'org.units_imported',
      entityType: 'org_import',
      entityId: source,
      after: {
        changedUnits,
        addedSuccessions,
        ...(movedPaths.length > 0 ? { movedSubtrees: movedPaths.length } : {}),
      },
      requestId: options.requestId ?? null,
    });
  }
  return { changedUnits, addedSuccessions };
}

/** `importUnitsWithin` in a transaction of its own. */
export const importUnits = (
  deps: ImportDeps,
  source: string,
  units: UnitSource[],
  successions: SuccessionSource[],
): Promise<ImportSummary> =>
  deps.db.transaction().execute((trx) => importUnitsWithin(trx, deps, source, units, successions));
