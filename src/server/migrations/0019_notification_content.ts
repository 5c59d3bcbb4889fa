import type { Kysely } from 'kysely';

/**
 * A notification keeps what it says as data beside its Vietnamese text, so the list can word it in the
 * reader's language. Those sent before stay text only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('notifications').addColumn('content_json', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('notifications').dropColumn('content_json').execute();
}
