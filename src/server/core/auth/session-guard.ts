import type { FastifyInstance, FastifyRequest, onRequestHookHandler } from 'fastify';
import { HttpProblem } from '../http/problem.js';
import { SESSION_COOKIE } from './session-cookie.js';
import type { SignedInUser } from './signed-in-user.js';
import { secretsEqual } from './tokens.js';

export type SessionResolver = (token: string) => Promise<SignedInUser | null>;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** All a person with a temporary password may do until they choose their own. */
const ALLOWED_WITH_TEMPORARY_PASSWORD = new Set([
  'GET /api/me',
  'POST /api/me/password',
  'POST /api/auth/sign-out',
]);

/** Attaches the signed-in user (or null) to every request from its session cookie. */
export function registerSessionResolution(app: FastifyInstance, resolve: SessionResolver): void {
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    request.user = token ? await resolve(token) : null;
  });
}

/**
 * Route guard: a session is required, writes must echo the session's CSRF token, and a temporary
 * password must be replaced before anything else.
 */
export const requireSession: onRequestHookHandler = async (request: FastifyRequest) => {
  const user = request.user;
  if (!user) throw new HttpProblem('unauthenticated', 'Sign in to continue.');
  if (!SAFE_METHODS.has(request.method)) {
    const presented = request.headers['x-csrf-token'];
    if (typeof presented !== 'string' || !secretsEqual(presented, user.csrfToken)) {
      throw new HttpProblem(
        'csrf_failed',
        'The x-csrf-token header is missing or does not match this session.',
      );
    }
  }
  const route = `${request.method} ${request.routeOptions.url}`;
  if (user.mustChangePassword && !ALLOWED_WITH_TEMPORARY_PASSWORD.has(route)) {
    throw new HttpProblem('password_change_required', 'Choose your own password before continuing.');
  }
};
