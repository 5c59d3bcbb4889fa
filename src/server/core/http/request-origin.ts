import type { FastifyRequest } from 'fastify';

/** Who sent a request, for throttling and the audit trail. */
export const requestOrigin = (request: FastifyRequest) => ({
  address: request.ip,
  userAgent: request.headers['user-agent']?.slice(0, 300) ?? null,
  requestId: String(request.id),
});
