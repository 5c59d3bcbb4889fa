import {
  type Expression,
  type ExpressionBuilder,
  type Insertable,
  type Kysely,
  type SqlBool,
  sql,
  type Transaction,
} from 'kysely';
import { type OrgUnitKind, orgUnitKinds, type SchoolLevel } from '../../../contract/org.js';
import { inChunks } from '../../core/db/in-chunks.js';
import type { Database, OrgUnitSuccessorTable, OrgUnitTable } from '../../core/db/schema.js';

type Executor = Kysely<Database> | Transaction<Database>;
type Units = ExpressionBuilder<Database & { u: OrgUnitTable }, 'u'>;

export interface UnitFilter {
  /** The tree as it was on this date (YYYY-MM-DD). */
  at: string;
  kind?: OrgUnitKind;
  schoolLevel?: SchoolLevel;
  parentId?: number;
  /** Only units strictly below the unit with this path. */
  belowPath?: string;
  /** Folded words that the search text must all contain. */
  words: string[];
  /** Path prefixes of the subtrees the caller may see; null when the caller may see every unit. */
  visibleWithin: string[] | null;
}

/** Position after which the next page starts, in the list order (search text, public id). */
export interface Keyset {
  searchText: string;
  publicId: string;
}

/** Columns an import may overwrite on an existing unit; a national list owns the names only. */
export type OwnedColumn = Exclude<
  keyof OrgUnitTable,
  'id' | 'public_id' | 'code' | 'path' | 'depth' | 'valid_from' | 'valid_to' | 'created_at' | 'updated_at'
>;
export const NAME_COLUMNS: readonly OwnedColumn[] = ['name', 'short_name', 'search_text'];

/** Paths hold only '/' and digits, so every path below `prefix` sorts before `prefix~`. */
const subtreeEnd = (prefix: string) => `${prefix}~`;

/** Units in effect on the date: from valid_from to valid_to, both inclusive. */
const validOn = (eb: Units, at: string) =>
  eb.and([eb('u.valid_from', '<=', at), eb.or([eb('u.valid_to', 'is', null), eb('u.valid_to', '>=', at)])]);

function matchesFilter(eb: Units, filter: UnitFilter) {
  const conditions: Expression<SqlBool>[] = [validOn(eb, filter.at)];
  if (filter.kind) conditions.push(eb('u.kind', '=', filter.kind));
  if (filter.schoolLevel) conditions.push(eb('u.school_level', '=', filter.schoolLevel));
  if (filter.parentId !== undefined) conditions.push(eb('u.parent_id', '=', filter.parentId));
  if (filter.belowPath !== undefined) {
    conditions.push(eb('u.path', '>', filter.belowPath), eb('u.path', '<', subtreeEnd(filter.belowPath)));
  }
  for (const word of filter.words) {
    conditions.push(eb('u.search_text', 'like', `%${word}%`));
  }
  if (filter.visibleWithin) conditions.push(withinAny(eb, filter.visibleWithin));
  return eb.and(conditions);
}

function withinAny(eb: Units, prefixes: string[]) {
  if (prefixes.length === 0) return sql<SqlBool>`1 = 0`;
  return eb.or(
    prefixes.map((prefix) => eb.and([eb('u.path', '>=', prefix), eb('u.path', '<', subtreeEnd(prefix))])),
  );
}

const unitColumns = [
  'u.id',
  'u.public_id',
  'u.code',
  'u.name',
  'u.short_name',
  'u.kind',
  'u.school_level',
  'u.ownership',
  'parent.public_id as parent_public_id',
  'u.path',
  'u.search_text',
  'u.valid_from',
  'u.valid_to',
  'u.province_code',
] as const;

export function createOrgRepository(db: Kysely<Database>) {
  const units = () =>
    db.selectFrom('org_units as u').leftJoin('org_units as parent', 'parent.id', 'u.parent_id');

  return {
    /** One page in list order, with one row more than asked for when another page follows. */
    listUnits: (filter: UnitFilter, limit: number, after: Keyset | null) =>
      units()
        .select(unitColumns)
        .where((eb) => matchesFilter(eb, filter))
        .$if(after !== null, (query) =>
          query.where((eb) =>
            eb(
              eb.refTuple('u.search_text', 'u.public_id'),
              '>',
              eb.tuple(after?.searchText ?? '', after?.publicId ?? ''),
            ),
          ),
        )
        .orderBy('u.search_text')
        .orderBy('u.public_id')
        .limit(limit + 1)
        .execute(),

    countUnits: async (filter: UnitFilter): Promise<number> => {
      const row = await db
        .selectFrom('org_units as u')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where((eb) => matchesFilter(eb, filter))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    findUnit: (publicId: string, visibleWithin: string[] | null) =>
      units()
        .select([...unitColumns, 'u.address', 'u.phone', 'u.email'])
        .where('u.public_id', '=', publicId)
        .$if(visibleWithin !== null, (query) => query.where((eb) => withinAny(eb, visibleWithin ?? [])))
        .executeTakeFirst(),

    /** Short references to the given units, root first. */
    unitRefs: (ids: number[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('org_units')
            .select(['public_id', 'code', 'name', 'kind'])
            .where('id', 'in', ids)
            .orderBy('depth')
            .execute(),

    /** The units that took over from a unit (`successors`) or that it took over from (`predecessors`). */
    successions: (unitId: number, direction: 'successors' | 'predecessors') => {
      const [self, other] =
        direction === 'successors'
          ? (['s.predecessor_id', 's.successor_id'] as const)
          : (['s.successor_id', 's.predecessor_id'] as const);
      return db
        .selectFrom('org_unit_successors as s')
        .innerJoin('org_units as u', 'u.id', other)
        .select(['u.public_id', 'u.code', 'u.name', 'u.kind', 's.effective_on'])
        .where(self, '=', unitId)
        .orderBy('u.code')
        .execute();
    },

    /** For each given unit, how many units of each kind lie below it on the date: one grouped range join. */
    countDescendantsByKind: (unitIds: number[], at: string) =>
      unitIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('org_units as a')
            .innerJoin('org_units as u', (join) =>
              join.on((eb) =>
                eb.and([
                  eb('u.path', '>', eb.ref('a.path')),
                  eb('u.path', '<', sql<string>`${eb.ref('a.path')} || '~'`),
                ]),
              ),
            )
            .select((eb) => ['a.id as unit_id', 'u.kind', eb.fn.countAll<number>().as('count')])
            .where('a.id', 'in', unitIds)
            // Always true; it lets both databases seek one range per kind in the (kind, path, dates)
            // index and count from the index alone, with the groups already in kind order.
            .where('u.kind', 'in', orgUnitKinds)
            .where((eb) => validOn(eb, at))
            .groupBy(['a.id', 'u.kind'])
            .execute(),

    codeExists: async (code: string) =>
      (await db.selectFrom('org_units').select('id').where('code', '=', code).executeTakeFirst()) !==
      undefined,

    idsByCode: async (trx: Executor, codes: string[]): Promise<Map<string, number>> => {
      const found = new Map<string, number>();
      for (const chunk of inChunks(codes)) {
        const rows = await trx
          .selectFrom('org_units')
          .select(['id', 'code'])
          .where('code', 'in', chunk)
          .execute();
        for (const row of rows) found.set(row.code, row.id);
      }
      return found;
    },

    /**
     * Inserts new units (with an empty path, see completePaths) and updates existing ones by code:
     * only the columns in `owned`, and only rows where one of them differs, so untouched rows keep
     * their updated_at. Returns the ids of the rows inserted or updated.
     */
    upsertUnits: async (
      trx: Executor,
      rows: Insertable<OrgUnitTable>[],
      owned: readonly OwnedColumn[] = NAME_COLUMNS,
    ): Promise<number[]> => {
      const changed: number[] = [];
      for (const chunk of inChunks(rows)) {
        const written = await trx
          .insertInto('org_units')
          .values(chunk)
          .onConflict((conflict) =>
            conflict
              .column('code')
              .doUpdateSet((eb) => ({
                ...Object.fromEntries(owned.map((column) => [column, eb.ref(`excluded.${column}`)])),
                updated_at: eb.ref('excluded.updated_at'),
              }))
              .where((eb) =>
                eb.or(
                  owned.map((column) =>
                    eb(`org_units.${column}`, 'is distinct from', eb.ref(`excluded.${column}`)),
                  ),
                ),
              ),
          )
          .returning('id')
          .execute();
        changed.push(...written.map((row) => row.id));
      }
      return changed;
    },

    /** The current parent and path of the units with these codes. */
    placesByCode: async (trx: Executor, codes: string[]) => {
      const found = new Map<string, { parentId: number | null; path: string }>();
      for (const chunk of inChunks(codes)) {
        const rows = await trx
          .selectFrom('org_units')
          .select(['code', 'parent_id', 'path'])
          .where('code', 'in', chunk)
          .execute();
        for (const row of rows) found.set(row.code, { parentId: row.parent_id, path: row.path });
      }
      return found;
    },

    /** Clears the paths of these subtrees (units moved to another parent) for completePaths to rebuild. */
    detachSubtrees: async (trx: Executor, paths: string[]) => {
      for (const chunk of inChunks(paths)) {
        await trx
          .updateTable('org_units as u')
          .set({ path: '' })
          .where((eb) => withinAny(eb, chunk))
          .execute();
      }
    },

    /**
     * Fills path and depth of units without a path (new or detached) whose parent has one; returns how
     * many it filled, one level of the tree per call.
     */
    completePaths: async (trx: Executor): Promise<number> => {
      const roots = await trx
        .updateTable('org_units')
        .set({ path: sql`'/' || id || '/'`, depth: 0 })
        .where('path', '=', '')
        .where('parent_id', 'is', null)
        .executeTakeFirst();
      const below = await trx
        .updateTable('org_units')
        .from('org_units as p')
        .set({
          path: sql`p.path || org_units.id || '/'`,
          depth: sql`p.depth + 1`,
        })
        .whereRef('p.id', '=', 'org_units.parent_id')
        .where('org_units.path', '=', '')
        .where('p.path', '<>', '')
        .executeTakeFirst();
      return Number(roots.numUpdatedRows) + Number(below.numUpdatedRows);
    },

    /** Adds the links that are not there yet; returns how many were added. */
    insertSuccessions: async (trx: Executor, rows: OrgUnitSuccessorTable[]): Promise<number> => {
      let added = 0;
      for (const chunk of inChunks(rows)) {
        const written = await trx
          .insertInto('org_unit_successors')
          .values(chunk)
          .onConflict((conflict) => conflict.columns(['predecessor_id', 'successor_id']).doNothing())
          .returning('predecessor_id')
          .execute();
        added += written.length;
      }
      return added;
    },
  };
}

export type OrgRepository = ReturnType<typeof createOrgRepository>;
export type UnitRow = Awaited<ReturnType<OrgRepository['listUnits']>>[number];
