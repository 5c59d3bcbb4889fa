import {
  orgUnitChildrenSchema,
  orgUnitDetailQuerySchema,
  orgUnitDetailSchema,
  orgUnitListQuerySchema,
  orgUnitListSchema,
  orgUnitPageQuerySchema,
  orgUnitParamsSchema,
} from '../../../contract/org.js';
import { currentUser } from '../../core/auth/current-user.js';
import { addRoute, type RouteRegistrar } from '../../core/http/route.js';
import type { OrgService, UnitScope } from './service.js';

/** Every signed-in user reads the whole tree until role grants scope it (issue 4, item 6). */
const wholeTree: UnitScope = { visibleWithin: null };

export function registerOrgRoutes(registrar: RouteRegistrar, org: OrgService): void {
  addRoute(registrar, {
    method: 'GET',
    url: '/api/org-units',
    summary: 'Units of the sector on a date, filtered and searched (diacritics ignored), in name order',
    tag: 'org',
    access: 'signed_in',
    query: orgUnitListQuerySchema,
    response: orgUnitListSchema,
    problems: ['not_found'],
    handler: ({ query }) => org.list(query, wholeTree),
  });

  addRoute(registrar, {
    method: 'GET',
    url: '/api/org-units/:id',
    summary: 'One unit with its ancestors, successors, predecessors and the units below it by kind',
    tag: 'org',
    access: 'signed_in',
    params: orgUnitParamsSchema,
    query: orgUnitDetailQuerySchema,
    response: orgUnitDetailSchema,
    problems: ['not_found'],
    handler: ({ params, query, request }) => org.get(currentUser(request), params.id, query.at, wholeTree),
  });

  addRoute(registrar, {
    method: 'GET',
    url: '/api/org-units/:id/children',
    summary: 'The direct children of a unit, each with the units below it by kind',
    tag: 'org',
    access: 'signed_in',
    params: orgUnitParamsSchema,
    query: orgUnitPageQuerySchema,
    response: orgUnitChildrenSchema,
    problems: ['not_found'],
    handler: ({ params, query }) => org.children(params.id, query, wholeTree),
  });
}
