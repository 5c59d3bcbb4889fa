import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { type Problem, type ProblemCode, problemStatuses } from '../../../contract/problem.js';
import { HttpProblem, type ProblemFieldError } from './problem.js';
import { problemTitles } from './problem-titles.js';

export function sendProblem(
  reply: FastifyReply,
  code: ProblemCode,
  detail: string,
  errors?: ProblemFieldError[],
): FastifyReply {
  const status = problemStatuses[code];
  const body: Problem = {
    type: `/api/problems/${code}`,
    title: problemTitles[code],
    status,
    detail,
    code,
    requestId: String(reply.request.id),
    ...(errors ? { errors } : {}),
  };
  return reply.code(status).type('application/problem+json; charset=utf-8').send(body);
}

type ValidationContext = 'body' | 'querystring' | 'params' | 'headers';

const contextNames: Record<ValidationContext, string> = {
  body: 'body',
  querystring: 'query',
  params: 'path',
  headers: 'headers',
};

function fieldErrors(error: ZodError, context: ValidationContext | undefined): ProblemFieldError[] {
  const prefix = contextNames[context ?? 'body'];
  return error.issues.flatMap((issue) => {
    const base = [prefix, ...issue.path.map(String)].join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: `${base}.${key}`, message: 'unknown field' }));
    }
    return [{ path: base, message: issue.message }];
  });
}

/** Fastify's own client errors, by code, mapped to our stable problem codes. */
const fastifyErrors: Record<string, ProblemCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'validation_failed',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
};

function isDatabaseUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return (
    code === 'ECONNREFUSED' ||
    code === 'ECONNRESET' ||
    code === '57P01' || // admin_shutdown
    code === '57P03' || // cannot_connect_now
    (error instanceof Error &&
      /Connection terminated|timeout exceeded when trying to connect/.test(error.message))
  );
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof HttpProblem) {
      if (error.extras.headers) reply.headers(error.extras.headers);
      return sendProblem(reply, error.code, error.detail, error.extras.errors);
    }
    if (error instanceof ZodError) {
      const context = (error as { validationContext?: ValidationContext }).validationContext;
      return sendProblem(
        reply,
        'validation_failed',
        'The request has invalid fields.',
        fieldErrors(error, context),
      );
    }
    const known = error.code ? fastifyErrors[error.code] : undefined;
    if (known) {
      return sendProblem(reply, known, error.message);
    }
    if (isDatabaseUnavailable(error)) {
      request.log.error({ err: error }, 'database unavailable');
      return sendProblem(reply, 'database_unavailable', 'The database is not answering; try again shortly.');
    }
    if (error.statusCode === 400) return sendProblem(reply, 'validation_failed', error.message);
    request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, 'internal_error', 'An unexpected error occurred; it has been logged.');
  });
}
