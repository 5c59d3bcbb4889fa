import { type Kysely, sql } from 'kysely';

/**
 * The notifications list pages by id, newest first, and every open page asks for the unread count
 * once a minute: an index by account and id serves both the page and its cursor, and a partial index
 * holds only the unread, which the count reads without touching a person's years of read ones.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('notifications_account_idx').execute();
  await db.schema
    .createIndex('notifications_account_newest_idx')
    .on('notifications')
    .columns(['account_id', 'id'])
    .execute();
  await db.schema
    .createIndex('notifications_unread_idx')
    .on('notifications')
    .column('account_id')
    .where(sql.ref('read_at'), 'is', null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('notifications_unread_idx').execute();
  await db.schema.dropIndex('notifications_account_newest_idx').execute();
  await db.schema
    .createIndex('notifications_account_idx')
    .on('notifications')
    .columns(['account_id', 'created_at'])
    .execute();
}
