import type { FastifyRequest } from 'fastify';
import { HttpProblem } from '../http/problem.js';
import type { SignedInUser } from './signed-in-user.js';

/** The signed-in user of a route guarded by `requireSession`. */
export function currentUser(request: FastifyRequest): SignedInUser {
  if (!request.user) throw new HttpProblem('unauthenticated', 'Sign in to continue.');
  return request.user;
}
