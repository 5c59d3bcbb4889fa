import {
  accountListQuerySchema,
  accountListSchema,
  accountParamsSchema,
  accountRoleParamsSchema,
  accountSchema,
  createAccountRequestSchema,
  grantRoleRequestSchema,
  temporaryPasswordSchema,
  updateAccountRequestSchema,
} from '../../../contract/accounts.js';
import { activeRoleRequestSchema } from '../../../contract/auth.js';
import { currentUser } from '../../core/auth/current-user.js';
import { addRoute, type RouteRegistrar } from '../../core/http/route.js';
import type { PeopleService } from './service.js';

export function registerPeopleRoutes(registrar: RouteRegistrar, people: PeopleService): void {
  addRoute(registrar, {
    method: 'GET',
    url: '/api/accounts',
    summary: 'Accounts the caller may view: those of units within the subtree of its active role',
    tag: 'people',
    access: 'signed_in',
    query: accountListQuerySchema,
    response: accountListSchema,
    problems: ['forbidden', 'not_found'],
    handler: ({ query, request }) => people.list(currentUser(request), query),
  });

  addRoute(registrar, {
    method: 'POST',
    url: '/api/accounts',
    summary: 'Create an account at a unit with a temporary password (shown once) and optionally a first role',
    tag: 'people',
    access: 'signed_in',
    body: createAccountRequestSchema,
    response: temporaryPasswordSchema,
    successStatus: 201,
    problems: ['forbidden', 'not_found', 'username_taken', 'unit_not_found', 'unit_closed', 'csrf_failed'],
    handler: ({ body, request }) => people.create(currentUser(request), body),
  });

  addRoute(registrar, {
    method: 'GET',
    url: '/api/accounts/:id',
    summary: 'One account with its roles and what the caller may do with it',
    tag: 'people',
    access: 'signed_in',
    params: accountParamsSchema,
    response: accountSchema,
    problems: ['not_found'],
    handler: ({ params, request }) => people.get(currentUser(request), params.id),
  });

  addRoute(registrar, {
    method: 'PATCH',
    url: '/api/accounts/:id',
    summary:
      'Change name, e-mail or unit, or disable (ending its sessions at once); carries the version read',
    tag: 'people',
    access: 'signed_in',
    params: accountParamsSchema,
    body: updateAccountRequestSchema,
    response: accountSchema,
    problems: ['forbidden', 'not_found', 'version_conflict', 'unit_not_found', 'unit_closed', 'csrf_failed'],
    handler: ({ params, body, request }) => people.update(currentUser(request), params.id, body),
  });

  addRoute(registrar, {
    method: 'POST',
    url: '/api/accounts/:id/password-reset',
    summary: 'Replace the password with a temporary one (shown once) and end the account’s sessions',
    tag: 'people',
    access: 'signed_in',
    params: accountParamsSchema,
    response: temporaryPasswordSchema,
    problems: ['forbidden', 'not_found', 'csrf_failed'],
    handler: ({ params, request }) => people.resetPassword(currentUser(request), params.id),
  });

  addRoute(registrar, {
    method: 'POST',
    url: '/api/accounts/:id/roles',
    summary: 'Grant a role at a unit; it applies to the unit’s whole subtree',
    tag: 'people',
    access: 'signed_in',
    params: accountParamsSchema,
    body: grantRoleRequestSchema,
    response: accountSchema,
    problems: ['forbidden', 'not_found', 'unit_not_found', 'unit_closed', 'csrf_failed'],
    handler: ({ params, body, request }) => people.grantRole(currentUser(request), params.id, body),
  });

  addRoute(registrar, {
    method: 'DELETE',
    url: '/api/accounts/:id/roles/:roleId',
    summary: 'Revoke one of the account’s roles',
    tag: 'people',
    access: 'signed_in',
    params: accountRoleParamsSchema,
    problems: ['forbidden', 'not_found', 'csrf_failed'],
    handler: ({ params, request }) => people.revokeRole(currentUser(request), params.id, params.roleId),
  });

  addRoute(registrar, {
    method: 'PUT',
    url: '/api/me/active-role',
    summary: 'Act in another of one’s own roles for the rest of the session',
    tag: 'auth',
    access: 'signed_in',
    body: activeRoleRequestSchema,
    problems: ['not_found', 'csrf_failed'],
    handler: ({ body, request }) => people.setActiveRole(currentUser(request), body.roleId),
  });
}
