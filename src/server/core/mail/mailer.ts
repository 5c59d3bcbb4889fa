export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Hands a message to its transport; throws when the transport refuses it, so the job is retried. */
export interface Mailer {
  transport: 'smtp' | 'outbox';
  deliver(message: MailMessage & { messageId: string }): Promise<void>;
}
