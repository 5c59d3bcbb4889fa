import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const pendingReportSchema = z.object({ unitName: z.string(), roundTitle: z.string(), dueOn: isoDate });

/**
 * What a notification says, as data: each language words it (`notificationText`), so the list reads in
 * the interface's language while the e-mail and the stored text are in Vietnamese.
 */
export const notificationContentSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('round_opened'),
      roundTitle: z.string(),
      /** The deadline of the recipient's own level. */
      dueOn: isoDate,
    }),
    z.object({
      kind: z.literal('report_returned'),
      roundTitle: z.string(),
      unitName: z.string(),
      /** The level that returned it; null when the person acted with no unit of their own. */
      reviewerName: z.string().nullable(),
      reason: z.string(),
    }),
    z.object({
      kind: z.literal('report_approved'),
      roundTitle: z.string(),
      unitName: z.string(),
      reviewerName: z.string().nullable(),
    }),
    z.object({
      kind: z.literal('deadline_digest'),
      recipientName: z.string(),
      reports: z.array(pendingReportSchema),
    }),
    z.object({
      kind: z.literal('review_digest'),
      recipientName: z.string(),
      rounds: z.array(z.object({ roundTitle: z.string(), waiting: z.number().int() })),
    }),
    z.object({
      kind: z.literal('overdue_escalation'),
      recipientName: z.string(),
      reports: z.array(pendingReportSchema),
    }),
  ])
  .meta({ id: 'NotificationContent' });

export type NotificationContent = z.infer<typeof notificationContentSchema>;
export type NotificationKind = NotificationContent['kind'];
