import { type Kysely, sql } from 'kysely';
import { orgUnitKinds, ownerships, schoolLevels } from '../../contract/org.js';
import { columnTypes } from '../core/db/column-types.js';

const oneOf = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((value) => `'${value}'`).join(', ')})`);

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  // Byte order on PostgreSQL too, whatever the database's locale: subtree ranges on `path` and the
  // keyset order on `search_text` must sort '/', digits and '~' the same way on both dialects.
  const byteOrderedText = t.dialect === 'postgres' ? sql`text collate "C"` : sql`text`;

  await db.schema
    .createTable('org_units')
    .addColumn('id', 'integer', t.id)
    .addColumn('public_id', 'text', (c) => c.notNull().unique())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('school_level', 'text')
    .addColumn('ownership', 'text')
    .addColumn('parent_id', 'integer', (c) => c.references('org_units.id'))
    .addColumn('path', byteOrderedText, (c) => c.notNull())
    .addColumn('depth', 'integer', (c) => c.notNull())
    .addColumn('search_text', byteOrderedText, (c) => c.notNull())
    .addColumn('address', 'text')
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('valid_from', t.date, (c) => c.notNull())
    .addColumn('valid_to', t.date)
    .addColumn('province_code', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addCheckConstraint('org_units_kind_check', oneOf('kind', orgUnitKinds))
    .addCheckConstraint('org_units_school_level_check', oneOf('school_level', schoolLevels))
    .addCheckConstraint('org_units_ownership_check', oneOf('ownership', ownerships))
    .addCheckConstraint('org_units_validity_check', sql`valid_to is null or valid_to >= valid_from`)
    .execute();

  // A subtree is one range of `path`; with kind and dates in the index, counting the units of each
  // kind below a unit on a date reads the index alone. The second index serves one kind in a subtree.
  await db.schema
    .createIndex('org_units_subtree_idx')
    .on('org_units')
    .columns(['path', 'kind', 'valid_from', 'valid_to'])
    .execute();
  await db.schema
    .createIndex('org_units_kind_subtree_idx')
    .on('org_units')
    .columns(['kind', 'path', 'valid_from', 'valid_to'])
    .execute();
  await db.schema.createIndex('org_units_parent_idx').on('org_units').column('parent_id').execute();
  // The list order (search text, public id) as a whole and within one kind, so a page is read in order.
  await db.schema
    .createIndex('org_units_search_idx')
    .on('org_units')
    .columns(['search_text', 'public_id'])
    .execute();
  await db.schema
    .createIndex('org_units_kind_search_idx')
    .on('org_units')
    .columns(['kind', 'search_text', 'public_id'])
    .execute();

  await db.schema
    .createTable('org_unit_successors')
    .addColumn('predecessor_id', 'integer', (c) => c.notNull().references('org_units.id'))
    .addColumn('successor_id', 'integer', (c) => c.notNull().references('org_units.id'))
    .addColumn('effective_on', t.date, (c) => c.notNull())
    .addPrimaryKeyConstraint('org_unit_successors_pk', ['predecessor_id', 'successor_id'])
    .execute();
  await db.schema
    .createIndex('org_unit_successors_successor_idx')
    .on('org_unit_successors')
    .column('successor_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('org_unit_successors').execute();
  await db.schema.dropTable('org_units').execute();
}
