import { mailListSchema } from '../../../contract/mail.js';
import { can } from '../auth/access.js';
import { currentUser } from '../auth/current-user.js';
import { forbidden } from '../http/problem.js';
import { addRoute, type RouteRegistrar } from '../http/route.js';
import type { MailService } from './mail-service.js';

export function registerMailRoutes(registrar: RouteRegistrar, mail: MailService): void {
  addRoute(registrar, {
    method: 'GET',
    url: '/api/admin/mail',
    summary:
      'The latest e-mails the app sent or, without SMTP_URL, kept in its outbox (system administrators)',
    tag: 'admin',
    access: 'signed_in',
    response: mailListSchema,
    problems: ['forbidden'],
    async handler({ request }) {
      if (!can(currentUser(request), 'mail.read', null))
        throw forbidden('Only system administrators read the outbox.');
      const rows = await mail.latest();
      return {
        items: rows.map((row) => ({
          id: row.public_id,
          to: row.to_address,
          subject: row.subject,
          text: row.body_text,
          transport: row.transport,
          createdAt: row.created_at,
          sentAt: row.sent_at,
        })),
      };
    },
  });
}
