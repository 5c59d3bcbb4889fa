import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import type { ZodType, z } from 'zod';
import type { ProblemCode } from '../../../contract/problem.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Who may call a route before any policy runs: anyone, or a signed-in user (CSRF-checked on writes). */
export type RouteAccess = 'public' | 'signed_in';

type Parsed<S> = S extends ZodType ? z.output<S> : undefined;
// biome-ignore lint/suspicious/noConfusingVoidType: a route without a response schema returns nothing (204).
type Returned<S> = S extends ZodType ? z.input<S> : void;

export interface RouteContext<B, Q, P> {
  body: B;
  query: Q;
  params: P;
  request: FastifyRequest;
  reply: FastifyReply;
}

export interface RouteSpec<B, Q, P, R> {
  method: HttpMethod;
  url: string;
  summary: string;
  tag: string;
  access: RouteAccess;
  body?: B;
  query?: Q;
  params?: P;
  /** Schema of the success body; `undefined` for 204. */
  response?: R;
  successStatus?: 200 | 201 | 204;
  /** Problem codes this route may answer with, for the API documentation. */
  problems?: readonly ProblemCode[];
  handler(context: RouteContext<Parsed<B>, Parsed<Q>, Parsed<P>>): Promise<Returned<R>>;
}

/** What the OpenAPI document and the authorisation matrix test read about each route. */
export interface CataloguedRoute {
  method: HttpMethod;
  url: string;
  summary: string;
  tag: string;
  access: RouteAccess;
  body?: ZodType;
  query?: ZodType;
  params?: ZodType;
  response?: ZodType;
  successStatus: number;
  problems: readonly ProblemCode[];
}

export interface RouteRegistrar {
  app: FastifyInstance;
  catalogue: CataloguedRoute[];
  requireSession: onRequestHookHandler;
}

export function addRoute<
  B extends ZodType | undefined = undefined,
  Q extends ZodType | undefined = undefined,
  P extends ZodType | undefined = undefined,
  R extends ZodType | undefined = undefined,
>(registrar: RouteRegistrar, spec: RouteSpec<B, Q, P, R>): void {
  const successStatus = spec.successStatus ?? (spec.response ? 200 : 204);
  registrar.catalogue.push({
    method: spec.method,
    url: spec.url,
    summary: spec.summary,
    tag: spec.tag,
    access: spec.access,
    body: spec.body,
    query: spec.query,
    params: spec.params,
    response: spec.response,
    successStatus,
    problems: spec.problems ?? [],
  });
  registrar.app.route({
    method: spec.method,
    url: spec.url,
    schema: {
      ...(spec.body ? { body: spec.body } : {}),
      ...(spec.query ? { querystring: spec.query } : {}),
      ...(spec.params ? { params: spec.params } : {}),
    },
    ...(spec.access === 'signed_in' ? { onRequest: registrar.requireSession } : {}),
    handler: async (request, reply) => {
      const result = await spec.handler({
        body: request.body as Parsed<B>,
        query: request.query as Parsed<Q>,
        params: request.params as Parsed<P>,
        request,
        reply,
      });
      reply.code(successStatus);
      return successStatus === 204 ? reply.send() : result;
    },
  });
}

/** Lets Fastify validate with the zod schemas given in `schema`, yielding their parsed output. */
export function registerZodValidation(app: FastifyInstance): void {
  app.setValidatorCompiler(({ schema }) => (data) => {
    const result = (schema as ZodType).safeParse(data);
    return result.success ? { value: result.data } : { error: result.error };
  });
}
