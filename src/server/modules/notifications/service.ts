import {
  type NotificationContent,
  notificationContentSchema,
} from '../../../contract/notification-content.js';
import { notificationText } from '../../../contract/notification-text.js';
import { NOTIFICATION_PAGE_SIZE } from '../../../contract/notifications.js';
import type { Role } from '../../../contract/roles.js';
import type { Clock } from '../../core/clock.js';
import { notFound } from '../../core/http/problem.js';
import { newPublicId } from '../../core/ids.js';
import type { MailService } from '../../core/mail/mail-service.js';
import type { NotificationRepository } from './repository.js';

export interface NotificationMessage {
  content: NotificationContent;
  link?: string;
}

/** A notification's content as stored, or null when it has none (sent before contents were kept). */
function storedContent(json: string | null): NotificationContent | null {
  if (json === null) return null;
  const parsed = notificationContentSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
}

/** Reminders and digests go by e-mail when the person wants reminders; returns and approvals when they want updates. */
export type EmailChannel = 'reminders' | 'updates';

export type Recipient = Awaited<ReturnType<NotificationRepository['accountsWithRoleAt']>>[number];

/**
 * In-app notifications, and the same message by e-mail to those who keep that channel on. A dedupe
 * key (e.g. one digest per person per day) makes a repeated call send nothing more.
 */
export function createNotificationService(deps: {
  repository: NotificationRepository;
  mail: MailService;
  clock: Clock;
}) {
  const { repository, mail, clock } = deps;

  const wantsEmail = (recipient: Recipient, channel: EmailChannel) =>
    recipient.email !== null &&
    (channel === 'reminders' ? recipient.email_reminders : recipient.email_updates) !== 0;

  return {
    accountsWithRoleAt: (unitIds: number[], roles: Role[]) => repository.accountsWithRoleAt(unitIds, roles),

    /**
     * Sends one message to each recipient (each account once, whatever its number of grants): in the
     * app, and by e-mail on the channel the person keeps on. With a dedupe key per recipient, a
     * repeated call (a retried job, a second click) sends nothing more.
     */
    async notify(
      recipients: Recipient[],
      channel: EmailChannel,
      message: (recipient: Recipient) => NotificationMessage,
      dedupeKey?: (recipient: Recipient) => string,
    ): Promise<number> {
      const unique = [...new Map(recipients.map((recipient) => [recipient.account_id, recipient])).values()];
      const now = clock.now().toISOString();
      const messages = unique.map((recipient) => {
        const { content, link } = message(recipient);
        return {
          recipient,
          content,
          // Stored and e-mailed in Vietnamese; the list words `content` in the reader's language.
          text: { ...notificationText(content, 'vi'), link },
          key: dedupeKey?.(recipient) ?? null,
        };
      });
      const notified = await repository.insertNew(
        messages.map(({ recipient, content, text, key }) => ({
          public_id: newPublicId(),
          account_id: recipient.account_id,
          kind: content.kind,
          title: text.title,
          body: text.body,
          content_json: JSON.stringify(content),
          link: text.link ?? null,
          dedupe_key: key,
          created_at: now,
        })),
      );
      await mail.queueMany(
        messages
          .filter(({ recipient }) => notified.has(recipient.account_id) && wantsEmail(recipient, channel))
          .map(({ recipient, text, key }) => ({
            message: {
              to: recipient.email as string,
              subject: text.title,
              text: `${text.body}${text.link ? `\n\n${text.link}` : ''}`,
            },
            dedupeKey: key ?? undefined,
          })),
      );
      return notified.size;
    },

    /** A page of the account's notifications, newest first: the first, or the one after `cursor`. */
    async page(accountId: number, cursor?: string) {
      const beforeId = cursor === undefined ? undefined : await repository.idOf(accountId, cursor);
      if (cursor !== undefined && beforeId === undefined)
        throw notFound('There is no such notification of yours to continue the list from.');
      const [rows, total, unread] = await Promise.all([
        repository.newestOf(accountId, NOTIFICATION_PAGE_SIZE + 1, beforeId),
        repository.countOf(accountId, 'all'),
        repository.countOf(accountId, 'unread'),
      ]);
      const items = rows.slice(0, NOTIFICATION_PAGE_SIZE);
      return {
        total,
        unread,
        items: items.map((row) => ({
          id: row.public_id,
          kind: row.kind,
          title: row.title,
          body: row.body,
          content: storedContent(row.content_json),
          link: row.link,
          createdAt: row.created_at,
          read: row.read_at !== null,
        })),
        nextCursor: rows.length > NOTIFICATION_PAGE_SIZE ? (items.at(-1)?.public_id ?? null) : null,
      };
    },

    unreadCount: (accountId: number) => repository.countOf(accountId, 'unread'),

    markRead: (accountId: number, publicIds: string[]) =>
      repository.markRead(accountId, publicIds, clock.now().toISOString()),

    async preferences(accountId: number) {
      const stored = await repository.preferencesOf(accountId);
      return {
        emailReminders: (stored?.email_reminders ?? 1) === 1,
        emailUpdates: (stored?.email_updates ?? 1) === 1,
      };
    },

    savePreferences: (accountId: number, preferences: { emailReminders: boolean; emailUpdates: boolean }) =>
      repository.savePreferences(
        accountId,
        preferences.emailReminders ? 1 : 0,
        preferences.emailUpdates ? 1 : 0,
      ),
  };
}

export type NotificationService = ReturnType<typeof createNotificationService>;
