import type { Kysely, Transaction } from 'kysely';
import { inChunks } from '../../../core/db/in-chunks.js';
import type { Database } from '../../../core/db/schema.js';

type Executor = Kysely<Database> | Transaction<Database>;

const EXPORT_PAGE = 2_000;

const unitColumns = [
  'id',
  'code',
  'name',
  'short_name',
  'kind',
  'school_level',
  'ownership',
  'parent_id',
  'path',
  'address',
  'phone',
  'email',
  'valid_to',
  'province_code',
] as const;

export type ExistingUnit = Awaited<
  ReturnType<ReturnType<typeof createUnitSheetRepository>['unitsAndAncestors']>
>[number];

/** The reads behind unit spreadsheets: what a file refers to, and a subtree to export. */
export function createUnitSheetRepository(db: Kysely<Database>) {
  return {
    /** The units with these codes and every ancestor of them: all a file's rows can lead to. */
    async unitsAndAncestors(trx: Executor, codes: string[]) {
      const units = [];
      for (const chunk of inChunks(codes)) {
        units.push(
          ...(await trx.selectFrom('org_units').select(unitColumns).where('code', 'in', chunk).execute()),
        );
      }
      const loaded = new Set(units.map((unit) => unit.id));
      const ancestorIds = [
        ...new Set(units.flatMap((unit) => unit.path.split('/').filter(Boolean).map(Number))),
      ].filter((id) => !loaded.has(id));
      for (const chunk of inChunks(ancestorIds)) {
        units.push(
          ...(await trx.selectFrom('org_units').select(unitColumns).where('id', 'in', chunk).execute()),
        );
      }
      return units;
    },

    /** Units in effect on the date strictly below the path, in pages in path order (parents first). */
    async *subtreePages(belowPath: string, at: string) {
      let after = belowPath;
      for (;;) {
        const page = await db
          .selectFrom('org_units as u')
          .innerJoin('org_units as parent', 'parent.id', 'u.parent_id')
          .select([
            'u.path',
            'u.code',
            'u.name',
            'u.short_name',
            'u.kind',
            'u.school_level',
            'u.ownership',
            'parent.code as parent_code',
            'u.address',
            'u.phone',
            'u.email',
          ])
          .where('u.path', '>', after)
          .where('u.path', '<', `${belowPath}~`)
          .where('u.valid_from', '<=', at)
          .where((eb) => eb.or([eb('u.valid_to', 'is', null), eb('u.valid_to', '>=', at)]))
          .orderBy('u.path')
          .limit(EXPORT_PAGE)
          .execute();
        if (page.length > 0) yield page;
        const last = page.at(-1);
        if (!last || page.length < EXPORT_PAGE) return;
        after = last.path;
      }
    },
  };
}

export type UnitSheetRepository = ReturnType<typeof createUnitSheetRepository>;
