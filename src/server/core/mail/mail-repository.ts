import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database, MailMessageTable } from '../db/schema.js';

/** Messages inserted per statement, under SQLite's limit of bound variables. */
const CHUNK = 500;

export function createMailRepository(db: Kysely<Database>) {
  return {
    insertMany: async (trx: Transaction<Database>, messages: Insertable<MailMessageTable>[]) => {
      for (let start = 0; start < messages.length; start += CHUNK) {
        await trx
          .insertInto('mail_messages')
          .values(messages.slice(start, start + CHUNK))
          .execute();
      }
    },

    findByPublicId: (publicId: string) =>
      db.selectFrom('mail_messages').selectAll().where('public_id', '=', publicId).executeTakeFirst(),

    markSent: (publicId: string, messageId: string, at: string) =>
      db
        .updateTable('mail_messages')
        .set({ sent_at: at, message_id: messageId })
        .where('public_id', '=', publicId)
        .execute(),

    latest: (limit: number) =>
      db.selectFrom('mail_messages').selectAll().orderBy('id', 'desc').limit(limit).execute(),
  };
}

export type MailRepository = ReturnType<typeof createMailRepository>;
