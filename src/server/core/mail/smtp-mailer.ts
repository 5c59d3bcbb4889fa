import type { Transporter } from 'nodemailer';
import type { Mailer } from './mailer.js';

export const MAIL_FROM = 'Mạng Xanh <no-reply@mangxanh.local>';

/**
 * Sends through the SMTP server of `SMTP_URL` (smtp://user:pass@host:port or smtps://…). The mail
 * library is loaded with the first message, so a server that sends none never loads it.
 */
export function createSmtpMailer(smtpUrl: string): Mailer {
  let transporter: Promise<Transporter> | undefined;
  const loadedTransporter = () => {
    transporter ??= import('nodemailer')
      .then(({ default: nodemailer }) => nodemailer.createTransport(smtpUrl, { from: MAIL_FROM }))
      .catch((error: unknown) => {
        // Not kept: the next message tries to load it again.
        transporter = undefined;
        throw error;
      });
    return transporter;
  };
  return {
    transport: 'smtp',
    async deliver(message) {
      await (await loadedTransporter()).sendMail({
        to: message.to,
        subject: message.subject,
        text: message.text,
        messageId: message.messageId,
      });
    },
  };
}

/** Without SMTP the message is only kept in the outbox, where administrators read it. */
export const outboxMailer: Mailer = { transport: 'outbox', deliver: async () => {} };
