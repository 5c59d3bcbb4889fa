import type { FastifyInstance } from 'fastify';

/**
 * Once the app starts closing, responses to the requests still in flight ask the client to drop the
 * keep-alive connection, so the server can finish closing as soon as they are answered instead of
 * waiting for idle sockets to time out.
 */
export function registerGracefulClose(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
}
