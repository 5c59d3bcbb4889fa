import { z } from 'zod';

export const mailMessageSchema = z
  .object({
    id: z.string(),
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    transport: z.enum(['smtp', 'outbox']),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
  })
  .meta({ id: 'MailMessage' });

export const mailListSchema = z.object({ items: z.array(mailMessageSchema) }).meta({ id: 'MailList' });
