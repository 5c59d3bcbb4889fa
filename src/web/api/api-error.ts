/**
 * The server answered with an error; `code` is the problem's stable code when the body was problem JSON,
 * and `problem` the whole body, for members some answers add (field `errors`, a conflict's `current`).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | null,
    readonly requestId: string | null,
    readonly retryAfterSeconds: number | null,
    readonly problem: Readonly<Record<string, unknown>> = {},
  ) {
    super(`API request failed with ${status}${code ? ` ${code}` : ''}`);
  }

  static async fromResponse(response: Response): Promise<ApiError> {
    const body: unknown = await response.json().catch(() => null);
    const problem = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    const retryAfter = Number.parseInt(response.headers.get('retry-after') ?? '', 10);
    return new ApiError(
      response.status,
      typeof problem.code === 'string' ? problem.code : null,
      typeof problem.requestId === 'string' ? problem.requestId : response.headers.get('x-request-id'),
      Number.isFinite(retryAfter) ? retryAfter : null,
      problem,
    );
  }
}

/** The request never got an answer: offline, DNS, a dropped connection or a timeout. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('The server could not be reached', { cause });
  }
}

/** The server no longer knows the session the request was made in (expired, or signed out elsewhere). */
export const isSessionEndedError = (error: unknown): boolean =>
  error instanceof ApiError && error.code === 'unauthenticated';

/** A write refused for its CSRF token: the browser's session is another now (signed in again in another tab). */
export const isStaleTokenError = (error: unknown): boolean =>
  error instanceof ApiError && error.code === 'csrf_failed';

/**
 * The thing the address names does not exist: 404, or an id in the path that cannot be one (a link cut
 * short or mistyped), which the server refuses as invalid before looking.
 */
export const isNotFoundError = (error: unknown): boolean =>
  error instanceof ApiError &&
  (error.status === 404 ||
    (error.code === 'validation_failed' &&
      Array.isArray(error.problem.errors) &&
      error.problem.errors.some((entry: { path?: unknown }) => String(entry.path).startsWith('path.'))));
