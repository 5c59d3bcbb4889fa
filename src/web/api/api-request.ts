import { ApiError, NetworkError } from './api-error';

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON, except a Blob (an uploaded file), which goes as is with its own type. */
  body?: unknown;
  /** Required by the server on every state-changing request. */
  csrfToken?: string;
}

// Phones on weak networks can hang on a request forever; after this the user gets a message and can retry.
const TIMEOUT_MS = 30_000;

/** Calls the same-origin JSON API; resolves with the parsed body (undefined for 204) or throws ApiError/NetworkError. */
export async function apiRequest<T>(path: string, { method = 'GET', body, csrfToken }: RequestOptions = {}) {
  const headers: Record<string, string> = { accept: 'application/json' };
  const raw = body instanceof Blob;
  if (body !== undefined) headers['content-type'] = raw ? body.type : 'application/json';
  if (csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? null : raw ? body : JSON.stringify(body),
      credentials: 'same-origin',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new NetworkError(error);
  }

  if (!response.ok) throw await ApiError.fromResponse(response);
  return (response.status === 204 ? undefined : await response.json()) as T;
}
