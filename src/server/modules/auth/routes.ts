import {
  changePasswordRequestSchema,
  sessionResponseSchema,
  sessionStateSchema,
  signInRequestSchema,
} from '../../../contract/auth.js';
import { currentUser } from '../../core/auth/current-user.js';
import { clearSessionCookie, setSessionCookie } from '../../core/auth/session-cookie.js';
import { sessionView } from '../../core/auth/session-view.js';
import { requestOrigin } from '../../core/http/request-origin.js';
import { addRoute, type RouteRegistrar } from '../../core/http/route.js';
import type { AuthService } from './service.js';

export function registerAuthRoutes(registrar: RouteRegistrar, auth: AuthService): void {
  addRoute(registrar, {
    method: 'POST',
    url: '/api/auth/sign-in',
    summary: 'Sign in with username and password; sets the session cookie',
    tag: 'auth',
    access: 'public',
    body: signInRequestSchema,
    response: sessionResponseSchema,
    problems: ['invalid_credentials', 'account_disabled', 'too_many_attempts'],
    async handler({ body, request, reply }) {
      const { token, expiresAt, user } = await auth.signIn(
        body.username,
        body.password,
        requestOrigin(request),
      );
      setSessionCookie(request, reply, token, expiresAt);
      return sessionView(user);
    },
  });

  addRoute(registrar, {
    method: 'POST',
    url: '/api/auth/sign-out',
    summary: 'End the current session',
    tag: 'auth',
    access: 'signed_in',
    problems: ['csrf_failed'],
    async handler({ request, reply }) {
      await auth.signOut(currentUser(request), requestOrigin(request));
      clearSessionCookie(reply);
    },
  });

  addRoute(registrar, {
    method: 'GET',
    url: '/api/me',
    summary: 'The signed-in user and the CSRF token for state-changing requests',
    tag: 'auth',
    access: 'signed_in',
    response: sessionResponseSchema,
    handler: async ({ request }) => sessionView(currentUser(request)),
  });

  addRoute(registrar, {
    method: 'GET',
    url: '/api/session',
    summary:
      'The session of this browser, or null when signed out: what the web app asks on loading, with no 401 when nobody is signed in',
    tag: 'auth',
    access: 'public',
    response: sessionStateSchema,
    handler: async ({ request }) => ({ session: request.user ? sessionView(request.user) : null }),
  });

  addRoute(registrar, {
    method: 'POST',
    url: '/api/me/password',
    summary: "Change the signed-in user's password; ends the account's other sessions",
    tag: 'auth',
    access: 'signed_in',
    body: changePasswordRequestSchema,
    problems: ['csrf_failed', 'wrong_password', 'weak_password'],
    async handler({ body, request }) {
      await auth.changePassword(
        currentUser(request),
        body.currentPassword,
        body.newPassword,
        requestOrigin(request),
      );
    },
  });
}
