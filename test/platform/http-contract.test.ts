import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT_BYTES } from '../../src/server/app.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const signIn = (payload: string, contentType = 'application/json') =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload,
    headers: { 'content-type': contentType },
  });

describe('errors are RFC 9457 problem JSON with a stable code, never a 500', () => {
  it('answers malformed JSON with 400 malformed_json', async () => {
    const response = await signIn('{"username": "admin",');
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.json()).toMatchObject({
      type: '/api/problems/malformed_json',
      title: 'Malformed JSON',
      status: 400,
      code: 'malformed_json',
      requestId: response.headers['x-request-id'],
    });
  });

  it('answers an empty JSON body with 400 malformed_json', async () => {
    expect((await signIn('')).json().code).toBe('malformed_json');
  });

  it('answers a body that is not JSON with 415 unsupported_media_type', async () => {
    const response = await signIn('username=admin', 'text/plain');
    expect(response.statusCode).toBe(415);
    expect(response.json().code).toBe('unsupported_media_type');
  });

  it('answers a body over the limit with 413 payload_too_large', async () => {
    const response = await signIn(JSON.stringify({ username: 'a', password: 'x'.repeat(BODY_LIMIT_BYTES) }));
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('payload_too_large');
  });

  it('answers a path with invalid percent-encoding with 400 invalid_encoding', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/%E0%A4%A' });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('invalid_encoding');
  });

  it('answers invalid UTF-8 in a query string without failing', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health?probe=%FF%FE' });
    expect(response.statusCode).toBeLessThan(500);
  });

  it('answers an unknown endpoint with 404 route_not_found', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({
      code: 'route_not_found',
      detail: 'No endpoint GET /api/no-such-thing.',
    });
  });

  it('never shows a stack trace or a database message', async () => {
    const response = await signIn('{"username": ');
    expect(response.body).not.toMatch(/at .+\.(ts|js):\d+|SQLITE|syntax error at/i);
  });
});

describe('every response carries the security headers and a request id', () => {
  it.each(['/api/health', '/api/no-such-thing', '/api/docs', '/api/%E0%A4%A'])('%s', async (url) => {
    const response = await t.app.inject({ method: 'GET', url });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
