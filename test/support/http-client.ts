import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { App } from '../../src/server/app.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Calls the app the way the SPA does: with the session cookie and, on writes, the CSRF header. */
export class HttpClient {
  constructor(
    private readonly app: App,
    private session: { cookie: string; csrfToken: string } | null = null,
  ) {}

  request(method: Method, url: string, body?: unknown, headers: Record<string, string> = {}) {
    const options: InjectOptions = {
      method,
      url,
      headers: {
        ...(this.session ? { cookie: this.session.cookie } : {}),
        ...(this.session && method !== 'GET' ? { 'x-csrf-token': this.session.csrfToken } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }),
    };
    return this.app.inject(options);
  }

  get = (url: string, headers?: Record<string, string>) => this.request('GET', url, undefined, headers);
  post = (url: string, body?: unknown, headers?: Record<string, string>) =>
    this.request('POST', url, body, headers);
  put = (url: string, body?: unknown) => this.request('PUT', url, body);
  patch = (url: string, body?: unknown) => this.request('PATCH', url, body);
  delete = (url: string) => this.request('DELETE', url);

  get csrfToken(): string {
    if (!this.session) throw new Error('not signed in');
    return this.session.csrfToken;
  }

  get cookie(): string {
    if (!this.session) throw new Error('not signed in');
    return this.session.cookie;
  }

  /** Signs in and keeps the session for the following calls; throws with the problem when it fails. */
  async signIn(username: string, password: string): Promise<this> {
    const response = await this.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username, password },
    });
    if (response.statusCode !== 200)
      throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
    this.session = {
      cookie: sessionCookieOf(response),
      csrfToken: response.json<{ csrfToken: string }>().csrfToken,
    };
    return this;
  }
}

export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((candidate) => candidate.name === 'mx_session');
  if (!cookie) throw new Error('no session cookie in the response');
  return `mx_session=${cookie.value}`;
}
