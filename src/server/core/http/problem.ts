import { type ProblemCode, problemStatuses } from '../../../contract/problem.js';

export interface ProblemFieldError {
  path: string;
  message: string;
}

/** An error that the error handler turns into RFC 9457 problem JSON as it is; the code fixes the status. */
export class HttpProblem extends Error {
  readonly status: number;

  constructor(
    readonly code: ProblemCode,
    readonly detail: string,
    readonly extras: { errors?: ProblemFieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail);
    this.status = problemStatuses[code];
  }
}

export const notFound = (detail = 'The requested resource does not exist or is not visible to you.') =>
  new HttpProblem('not_found', detail);

export const forbidden = (detail: string) => new HttpProblem('forbidden', detail);

export const versionConflict = (detail: string) => new HttpProblem('version_conflict', detail);
