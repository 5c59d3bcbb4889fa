import type { Kysely } from 'kysely';
import {
  type OrgUnit,
  type OrgUnitDetail,
  type OrgUnitKind,
  type OrgUnitListQuery,
  type OrgUnitPageQuery,
  type OrgUnitRef,
  orgUnitKinds,
  type UnitCounts,
} from '../../../contract/org.js';
import type { AuditWriter } from '../../core/audit/audit.js';
import { can } from '../../core/auth/access.js';
import type { SignedInUser } from '../../core/auth/signed-in-user.js';
import type { Clock } from '../../core/clock.js';
import type { Database } from '../../core/db/schema.js';
import { notFound } from '../../core/http/problem.js';
import { vietnamToday } from '../../core/vietnam-date.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { OrgRepository, UnitFilter, UnitRow } from './repository.js';
import { searchWords } from './search-text.js';
import { importUnits, type SuccessionSource, type UnitSource } from './unit-import.js';

/** Which units a caller may see: path prefixes of subtrees, or null for the whole tree. */
export interface UnitScope {
  visibleWithin: string[] | null;
}

const toOrgUnit = (row: UnitRow): OrgUnit => ({
  id: row.public_id,
  code: row.code,
  name: row.name,
  shortName: row.short_name,
  kind: row.kind,
  schoolLevel: row.school_level,
  ownership: row.ownership,
  parentId: row.parent_public_id,
  validFrom: row.valid_from,
  validTo: row.valid_to,
  provinceCode: row.province_code,
});

const toRef = (row: { public_id: string; code: string; name: string; kind: OrgUnitKind }): OrgUnitRef => ({
  id: row.public_id,
  code: row.code,
  name: row.name,
  kind: row.kind,
});

const toSuccession = (row: Parameters<typeof toRef>[0] & { effective_on: string }) => ({
  unit: toRef(row),
  effectiveOn: row.effective_on,
});

const noUnits = (): UnitCounts => Object.fromEntries(orgUnitKinds.map((kind) => [kind, 0])) as UnitCounts;

/** Ancestor ids from a path such as '/1/35/812/', root first, without the unit itself. */
const ancestorIds = (path: string): number[] => path.split('/').filter(Boolean).map(Number).slice(0, -1);

export function createOrgService(deps: {
  db: Kysely<Database>;
  repository: OrgRepository;
  audit: AuditWriter;
  clock: Clock;
}) {
  const { repository, clock } = deps;

  const today = () => vietnamToday(clock);

  async function visibleUnit(publicId: string, scope: UnitScope) {
    const unit = await repository.findUnit(publicId, scope.visibleWithin);
    if (!unit) throw notFound('There is no such unit, or it is not visible to you.');
    return unit;
  }

  async function page(filter: UnitFilter, query: OrgUnitPageQuery) {
    const after = query.cursor === undefined ? null : decodeCursor(query.cursor);
    const [rows, total] = await Promise.all([
      repository.listUnits(filter, query.limit, after),
      repository.countUnits(filter),
    ]);
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    const nextCursor =
      rows.length > query.limit && last
        ? encodeCursor({ searchText: last.search_text, publicId: last.public_id })
        : null;
    return { rows: items, total, nextCursor };
  }

  async function descendantCounts(unitIds: number[], at: string): Promise<Map<number, UnitCounts>> {
    const counts = new Map(unitIds.map((id) => [id, noUnits()]));
    for (const row of await repository.countDescendantsByKind(unitIds, at)) {
      const unitCounts = counts.get(row.unit_id);
      if (unitCounts) unitCounts[row.kind] = Number(row.count);
    }
    return counts;
  }

  return {
    async list(query: OrgUnitListQuery, scope: UnitScope) {
      const [parent, below] = await Promise.all([
        query.parent === undefined ? undefined : visibleUnit(query.parent, scope),
        query.under === undefined ? undefined : visibleUnit(query.under, scope),
      ]);
      const { rows, total, nextCursor } = await page(
        {
          at: query.at ?? today(),
          kind: query.kind,
          schoolLevel: query.schoolLevel,
          parentId: parent?.id,
          belowPath: below?.path,
          words: searchWords(query.q ?? ''),
          visibleWithin: scope.visibleWithin,
        },
        query,
      );
      return { items: rows.map(toOrgUnit), total, nextCursor };
    },

    async get(
      user: SignedInUser,
      publicId: string,
      at: string | undefined,
      scope: UnitScope,
    ): Promise<OrgUnitDetail> {
      const unit = await visibleUnit(publicId, scope);
      const [ancestors, successors, predecessors, counts] = await Promise.all([
        repository.unitRefs(ancestorIds(unit.path)),
        repository.successions(unit.id, 'successors'),
        repository.successions(unit.id, 'predecessors'),
        descendantCounts([unit.id], at ?? today()),
      ]);
      return {
        ...toOrgUnit(unit),
        address: unit.address,
        phone: unit.phone,
        email: unit.email,
        ancestors: ancestors.map(toRef),
        successors: successors.map(toSuccession),
        predecessors: predecessors.map(toSuccession),
        counts: counts.get(unit.id) ?? noUnits(),
        // Nothing about a unit can be changed through the API yet.
        abilities: { update: false, readAccounts: can(user, 'account.read', unit.path) },
      };
    },

    async children(publicId: string, query: OrgUnitPageQuery, scope: UnitScope) {
      const parent = await visibleUnit(publicId, scope);
      const at = query.at ?? today();
      const { rows, total, nextCursor } = await page(
        { at, parentId: parent.id, words: [], visibleWithin: scope.visibleWithin },
        query,
      );
      const counts = await descendantCounts(
        rows.map((row) => row.id),
        at,
      );
      const items = rows.map((row) => ({
        ...toOrgUnit(row),
        descendantCounts: counts.get(row.id) ?? noUnits(),
      }));
      return { items, total, nextCursor };
    },

    codeExists: (code: string) => repository.codeExists(code),

    importUnits: (source: string, units: UnitSource[], successions: SuccessionSource[] = []) =>
      importUnits(deps, source, units, successions),
  };
}

export type OrgService = ReturnType<typeof createOrgService>;
