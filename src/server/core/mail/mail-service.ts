import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import type { Database } from '../db/schema.js';
import { newPublicId } from '../ids.js';
import type { JobQueue } from '../jobs/job-queue.js';
import type { MailRepository } from './mail-repository.js';
import type { Mailer, MailMessage } from './mailer.js';

export const SEND_MAIL_JOB = 'mail.send';

/**
 * Mail goes through the job queue: `queue` records the message and enqueues its delivery in one
 * transaction, the job delivers it (retried with back-off while the SMTP server is down) and marks it
 * sent. A message already marked sent is never handed over again, so a retried or doubly claimed
 * job does not send twice.
 */
export function createMailService(deps: {
  db: Kysely<Database>;
  repository: MailRepository;
  jobs: JobQueue;
  mailer: Mailer;
  clock: Clock;
}) {
  const { db, repository, jobs, mailer, clock } = deps;

  /**
   * Records messages and their delivery jobs together, in a few statements however many there are;
   * a message whose dedupe key was used before is left out. Answers each message's id, or null when
   * it was left out.
   */
  async function queueMany(
    messages: { message: MailMessage; dedupeKey?: string }[],
  ): Promise<(string | null)[]> {
    if (messages.length === 0) return [];
    const ids = messages.map(() => newPublicId());
    const createdAt = clock.now().toISOString();
    return db.transaction().execute(async (trx) => {
      const enqueued = await jobs.enqueueMany(
        SEND_MAIL_JOB,
        messages.map(({ dedupeKey }, index) => ({ payload: { mailId: ids[index] }, dedupeKey })),
        trx,
      );
      await repository.insertMany(
        trx,
        messages.flatMap(({ message }, index) =>
          enqueued[index]
            ? [
                {
                  public_id: ids[index] as string,
                  to_address: message.to,
                  subject: message.subject,
                  body_text: message.text,
                  transport: mailer.transport,
                  created_at: createdAt,
                },
              ]
            : [],
        ),
      );
      return ids.map((id, index) => (enqueued[index] ? id : null));
    });
  }

  return {
    queueMany,

    /** One message (see `queueMany`). */
    async queue(message: MailMessage, dedupeKey?: string): Promise<string | null> {
      const [id] = await queueMany([{ message, dedupeKey }]);
      return id ?? null;
    },

    async deliver(payload: unknown): Promise<void> {
      const { mailId } = payload as { mailId: string };
      const mail = await repository.findByPublicId(mailId);
      if (!mail || mail.sent_at) return;
      const messageId = `<${mail.public_id}@mangxanh.local>`;
      await mailer.deliver({ to: mail.to_address, subject: mail.subject, text: mail.body_text, messageId });
      await repository.markSent(mail.public_id, messageId, clock.now().toISOString());
    },

    latest: (limit = 100) => repository.latest(limit),
  };
}

export type MailService = ReturnType<typeof createMailService>;
