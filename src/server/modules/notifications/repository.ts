import type { Kysely } from 'kysely';
import type { Role } from '../../../contract/roles.js';
import { inChunks } from '../../core/db/in-chunks.js';
import type { Database } from '../../core/db/schema.js';

export interface NewNotification {
  public_id: string;
  account_id: number;
  kind: string;
  title: string;
  body: string;
  content_json: string | null;
  link: string | null;
  dedupe_key: string | null;
  created_at: string;
}

/** All SQL of notifications; who holds which role where is read from people's tables (ADR 0002). */
export function createNotificationRepository(db: Kysely<Database>) {
  return {
    /** Inserts the notifications whose dedupe key is new; answers the accounts that got one. */
    insertNew: async (rows: NewNotification[]): Promise<Set<number>> => {
      const notified = new Set<number>();
      for (const chunk of inChunks(rows)) {
        const inserted = await db
          .insertInto('notifications')
          .values(chunk)
          .onConflict((conflict) => conflict.column('dedupe_key').doNothing())
          .returning('account_id')
          .execute();
        for (const row of inserted) notified.add(row.account_id);
      }
      return notified;
    },

    /** Active accounts holding one of the roles at one of the units, with their e-mail preferences. */
    accountsWithRoleAt: (unitIds: number[], roles: Role[]) =>
      unitIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('role_grants as g')
            .innerJoin('accounts as a', 'a.id', 'g.account_id')
            .leftJoin('notification_preferences as p', 'p.account_id', 'a.id')
            .select([
              'a.id as account_id',
              'a.email',
              'a.display_name',
              'g.unit_id',
              'p.email_reminders',
              'p.email_updates',
            ])
            .where('g.unit_id', 'in', unitIds)
            .where('g.role', 'in', roles)
            .where('a.disabled_at', 'is', null)
            .execute(),

    /** The account's notifications newest first, older than the one with id `beforeId` if given. */
    newestOf: (accountId: number, limit: number, beforeId?: number) =>
      db
        .selectFrom('notifications')
        .select(['id', 'public_id', 'kind', 'title', 'body', 'content_json', 'link', 'created_at', 'read_at'])
        .where('account_id', '=', accountId)
        .$if(beforeId !== undefined, (query) => query.where('id', '<', beforeId as number))
        .orderBy('id', 'desc')
        .limit(limit)
        .execute(),

    idOf: async (accountId: number, publicId: string) =>
      (
        await db
          .selectFrom('notifications')
          .select('id')
          .where('account_id', '=', accountId)
          .where('public_id', '=', publicId)
          .executeTakeFirst()
      )?.id,

    /** How many notifications the account has, all or only the unread (which their partial index holds). */
    countOf: async (accountId: number, which: 'all' | 'unread') => {
      const row = await db
        .selectFrom('notifications')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('account_id', '=', accountId)
        .$if(which === 'unread', (query) => query.where('read_at', 'is', null))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    /** Marks read those of the notifications that are the account's own and still unread. */
    markRead: (accountId: number, publicIds: string[], at: string) =>
      db
        .updateTable('notifications')
        .set({ read_at: at })
        .where('account_id', '=', accountId)
        .where('public_id', 'in', publicIds)
        .where('read_at', 'is', null)
        .execute(),

    preferencesOf: (accountId: number) =>
      db
        .selectFrom('notification_preferences')
        .select(['email_reminders', 'email_updates'])
        .where('account_id', '=', accountId)
        .executeTakeFirst(),

    savePreferences: (accountId: number, emailReminders: number, emailUpdates: number) =>
      db
        .insertInto('notification_preferences')
        .values({ account_id: accountId, email_reminders: emailReminders, email_updates: emailUpdates })
        .onConflict((conflict) =>
          conflict
            .column('account_id')
            .doUpdateSet({ email_reminders: emailReminders, email_updates: emailUpdates }),
        )
        .execute(),
  };
}

export type NotificationRepository = ReturnType<typeof createNotificationRepository>;
