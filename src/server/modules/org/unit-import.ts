import type { Insertable, Kysely } from 'kysely';
import type { OrgUnitKind, Ownership, SchoolLevel } from '../../../contract/org.js';
import type { AuditWriter } from '../../core/audit/audit.js';
import type { Clock } from '../../core/clock.js';
import type { Database, OrgUnitTable } from '../../core/db/schema.js';
import { newPublicId } from '../../core/ids.js';
import type { OrgRepository } from './repository.js';
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
 * Creates the units that do not exist yet and renames those whose names changed, matching by code,
 * then adds missing successor links; all in one transaction, in chunked set-based statements.
 * Everything else about an existing unit belongs to the people who maintain it in the app, so an
 * import never overwrites it. Running the same import twice changes nothing.
 */
export async function importUnits(
  deps: { db: Kysely<Database>; repository: OrgRepository; audit: AuditWriter; clock: Clock },
  source: string,
  units: UnitSource[],
  successions: SuccessionSource[],
): Promise<ImportSummary> {
  const { repository } = deps;
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    let changedUnits = 0;
    for (const tier of parentsFirst(units)) {
      const parentIds = await repository.idsByCode(trx, distinct(tier.map((unit) => unit.parentCode)));
      const rows = tier.map((unit): Insertable<OrgUnitTable> => {
        const parentId = unit.parentCode === null ? null : parentIds.get(unit.parentCode);
        if (parentId === undefined) throw new Error(`unit ${unit.code}: no parent unit ${unit.parentCode}`);
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
          valid_from: unit.validFrom,
          valid_to: unit.validTo ?? null,
          province_code: unit.provinceCode ?? null,
          created_at: now,
          updated_at: now,
        };
      });
      changedUnits += await repository.upsertUnits(trx, rows);
      await repository.completePaths(trx);
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
        actorAccountId: null,
        action: 'org.units_imported',
        entityType: 'org_import',
        entityId: source,
        after: { changedUnits, addedSuccessions },
      });
    }
    return { changedUnits, addedSuccessions };
  });
}
