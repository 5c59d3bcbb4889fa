import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

export function createMailRepository(db: Kysely<Database>) {
  return {
    insert: (
      trx: Transaction<Database>,
      message: {
        public_id: string;
        to_address: string;
        subject: string;
        body_text: string;
        transport: 'smtp' | 'outbox';
        created_at: string;
      },
    ) => trx.insertInto('mail_messages').values(message).execute(),

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
