import { type Kysely, sql } from 'kysely';
import { roles } from '../../contract/roles.js';
import { columnTypes } from '../core/db/column-types.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .alterTable('accounts')
    .addColumn('unit_id', 'integer', (c) => c.references('org_units.id'))
    .execute();
  // 1 after an administrator set a temporary password: the person must choose their own before anything else.
  await db.schema
    .alterTable('accounts')
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('accounts')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('accounts_unit_idx').on('accounts').column('unit_id').execute();

  await db.schema
    .createTable('role_grants')
    .addColumn('id', 'integer', t.id)
    .addColumn('public_id', 'text', (c) => c.notNull().unique())
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
    .addColumn('granted_at', t.timestamp, (c) => c.notNull())
    .addColumn('granted_by', 'integer', (c) => c.references('accounts.id'))
    .addUniqueConstraint('role_grants_unique', ['account_id', 'role', 'unit_id'])
    .addCheckConstraint(
      'role_grants_role_check',
      sql.raw(`role in (${roles.map((role) => `'${role}'`).join(', ')})`),
    )
    .execute();
  await db.schema.createIndex('role_grants_unit_idx').on('role_grants').column('unit_id').execute();

  await db.schema
    .alterTable('sessions')
    .addColumn('active_grant_id', 'integer', (c) => c.references('role_grants.id').onDelete('set null'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sessions').dropColumn('active_grant_id').execute();
  await db.schema.dropTable('role_grants').execute();
  await db.schema.dropIndex('accounts_unit_idx').execute();
  await db.schema.alterTable('accounts').dropColumn('version').execute();
  await db.schema.alterTable('accounts').dropColumn('must_change_password').execute();
  await db.schema.alterTable('accounts').dropColumn('unit_id').execute();
}
