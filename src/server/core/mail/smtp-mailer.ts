import nodemailer from 'nodemailer';
import type { Mailer } from './mailer.js';

export const MAIL_FROM = 'Mạng Xanh <no-reply@mangxanh.local>';

/** Sends through the SMTP server of `SMTP_URL` (smtp://user:pass@host:port or smtps://…). */
export function createSmtpMailer(smtpUrl: string): Mailer {
  const transporter = nodemailer.createTransport(smtpUrl, { from: MAIL_FROM });
  return {
    transport: 'smtp',
    async deliver(message) {
      await transporter.sendMail({
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
