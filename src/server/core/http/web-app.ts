import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendProblem } from './error-handler.js';

/**
 * Serves the built SPA: hashed assets with long caching, and index.html for every other GET outside
 * /api so client-side routes (and the SPA's own "not found" page) work on reload.
 */
export async function registerWebApp(app: FastifyInstance, webRoot: string): Promise<void> {
  const root = resolve(webRoot);
  const hasWebApp = existsSync(resolve(root, 'index.html'));
  if (hasWebApp) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      setHeaders: (reply, path) => {
        reply.header(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/api/') || path === '/api' || request.method !== 'GET' || !hasWebApp) {
      return sendProblem(reply, 'route_not_found', `No endpoint ${request.method} ${path}.`);
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
