import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { createAuditWriter } from './core/audit/audit.js';
import { registerSessionResolution, requireSession } from './core/auth/session-guard.js';
import type { Clock } from './core/clock.js';
import type { Config } from './core/config.js';
import type { DatabaseHandle } from './core/db/database.js';
import { registerApiDocsRoutes } from './core/http/api-docs-routes.js';
import { registerErrorHandler, sendProblem } from './core/http/error-handler.js';
import { registerGracefulClose } from './core/http/graceful-close.js';
import type { CataloguedRoute, RouteRegistrar } from './core/http/route.js';
import { registerZodValidation } from './core/http/route.js';
import { applySecurityHeaders, registerSecurityHeaders } from './core/http/security-headers.js';
import { registerWebApp } from './core/http/web-app.js';
import { loggerOptions } from './core/logger.js';
import { createAuthRepository } from './modules/auth/repository.js';
import { registerAuthRoutes } from './modules/auth/routes.js';
import { createAuthService } from './modules/auth/service.js';
import { registerHealthRoutes } from './modules/health/routes.js';
import { createOrgRepository } from './modules/org/repository.js';
import { registerOrgRoutes } from './modules/org/routes.js';
import { createOrgService } from './modules/org/service.js';
import { createPeopleRepository } from './modules/people/repository.js';
import { registerPeopleRoutes } from './modules/people/routes.js';
import { createPeopleService } from './modules/people/service.js';

export interface AppDependencies {
  config: Config;
  database: DatabaseHandle;
  clock: Clock;
}

/** JSON bodies are small; file uploads get their own, larger limit on their routes. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export async function buildApp({ config, database, clock }: AppDependencies) {
  const app = Fastify({
    logger: loggerOptions(config),
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    frameworkErrors: (error, request, reply) =>
      sendProblem(
        applySecurityHeaders(reply).header('x-request-id', request.id),
        error.code === 'FST_ERR_BAD_URL' ? 'invalid_encoding' : 'validation_failed',
        error.message,
      ),
  });
  // The API speaks JSON only; anything else is 415 rather than a string the schemas would reject.
  app.removeContentTypeParser('text/plain');
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerSecurityHeaders(app);
  registerGracefulClose(app);
  registerErrorHandler(app);
  registerZodValidation(app);
  await app.register(fastifyCookie);

  const audit = createAuditWriter(clock, database.dialect);
  const people = createPeopleService({
    db: database.db,
    repository: createPeopleRepository(database.db),
    audit,
    clock,
  });
  const auth = createAuthService({
    db: database.db,
    repository: createAuthRepository(database.db),
    audit,
    clock,
    grantsOf: people.grantsOf,
  });
  registerSessionResolution(app, auth.resolveSession);
  const org = createOrgService({
    db: database.db,
    repository: createOrgRepository(database.db),
    audit,
    clock,
  });

  const catalogue: CataloguedRoute[] = [];
  const registrar: RouteRegistrar = { app, catalogue, requireSession };
  registerHealthRoutes(registrar, database);
  registerAuthRoutes(registrar, auth);
  registerOrgRoutes(registrar, org);
  registerPeopleRoutes(registrar, people);
  registerApiDocsRoutes(app, catalogue);
  await registerWebApp(app, config.webRoot);

  return Object.assign(app, { services: { auth, org, people }, catalogue }) as FastifyInstance & {
    services: { auth: typeof auth; org: typeof org; people: typeof people };
    catalogue: CataloguedRoute[];
  };
}

export type App = Awaited<ReturnType<typeof buildApp>>;
