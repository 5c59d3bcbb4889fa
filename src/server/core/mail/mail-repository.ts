import type { Insertable, Kysely, Transaction } from 'kysely';
import { inChunks } from '../db/in-chunks.js';
import type { Database, MailMessageTable } from '../db/schema.js';

export function createMailRepository(db: Kysely<Database>) {
  return {
    insertMany: async (trx: Transaction<Database>, messages: Insertable<MailMessageTable>[]) => {
      for (const chunk of inChunks(messages)) await trx.insertInto('mail_messages').values(chunk).execute();
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
