import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, TEST_PASSWORD } from '../../../../test/support/factories.js';
import { HttpClient } from '../../../../test/support/http-client.js';
import { startTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from './service.js';
import {
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
  THROTTLE_WINDOW_MS,
} from './sign-in-throttle.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const anonymous = () => new HttpClient(t.app);

describe('POST /api/auth/sign-in', () => {
  it('answers the user and a CSRF token, and sets an HttpOnly SameSite=Lax session cookie', async () => {
    const account = await createAccount(t.app, { displayName: 'Nguyễn Thị Hoa' });
    const response = await anonymous().post('/api/auth/sign-in', {
      username: account.username,
      password: TEST_PASSWORD,
    });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      user: {
        id: account.publicId,
        username: account.username,
        displayName: 'Nguyễn Thị Hoa',
        email: null,
        unit: null,
        mustChangePassword: false,
      },
      csrfToken: expect.any(String),
      roles: [],
      activeRoleId: null,
      permissions: [],
    });
    const cookie = response.cookies.find((candidate) => candidate.name === 'mx_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.value).toHaveLength(43);
  });

  it('accepts the username in any letter case and with surrounding spaces', async () => {
    const account = await createAccount(t.app);
    const response = await anonymous().post('/api/auth/sign-in', {
      username: `  ${account.username.toUpperCase()} `,
      password: TEST_PASSWORD,
    });
    expect(response.statusCode).toBe(200);
  });

  it('gives the same 401 invalid_credentials for a wrong password and for an unknown user', async () => {
    const account = await createAccount(t.app);
    const wrongPassword = await anonymous().post('/api/auth/sign-in', {
      username: account.username,
      password: 'not-it-at-all',
    });
    const unknownUser = await anonymous().post('/api/auth/sign-in', {
      username: 'nobody.here',
      password: 'not-it-at-all',
    });

    for (const response of [wrongPassword, unknownUser]) {
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ status: 401, code: 'invalid_credentials' });
    }
    const { requestId: _a, ...first } = wrongPassword.json();
    const { requestId: _b, ...second } = unknownUser.json();
    expect(first).toEqual(second);
  });

  it(`answers 429 too_many_attempts with Retry-After after ${MAX_FAILURES_PER_ACCOUNT} failures for one account, even with the right password`, async () => {
    const account = await createAccount(t.app);
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ACCOUNT; attempt += 1) {
      const failure = await anonymous().post('/api/auth/sign-in', {
        username: account.username,
        password: 'wrong-password-x',
      });
      expect(failure.statusCode).toBe(401);
    }
    const blocked = await anonymous().post('/api/auth/sign-in', {
      username: account.username,
      password: TEST_PASSWORD,
    });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().code).toBe('too_many_attempts');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(THROTTLE_WINDOW_MS / 1000);

    t.clock.advance(THROTTLE_WINDOW_MS);
    const later = await anonymous().post('/api/auth/sign-in', {
      username: account.username,
      password: TEST_PASSWORD,
    });
    expect(later.statusCode).toBe(200);
  });

  it(`answers 429 after ${MAX_FAILURES_PER_ADDRESS} failures from one address across many usernames`, async () => {
    const address = '203.0.113.7';
    const attempt = (username: string, password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        remoteAddress: address,
        payload: { username, password },
      });
    for (let index = 0; index < MAX_FAILURES_PER_ADDRESS; index += 1) {
      expect((await attempt(`guess.${index}`, 'wrong-password-x')).statusCode).toBe(401);
    }
    const account = await createAccount(t.app);
    const blocked = await attempt(account.username, TEST_PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBeDefined();
    t.clock.advance(THROTTLE_WINDOW_MS);
  });

  it('rejects a body with a missing field, a wrong type or an unknown field, naming each', async () => {
    const missing = await anonymous().post('/api/auth/sign-in', { username: 'admin' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ code: 'validation_failed', errors: [{ path: 'body.password' }] });

    const wrongType = await anonymous().post('/api/auth/sign-in', { username: 42, password: 'x' });
    expect(wrongType.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ path: 'body.username' }],
    });

    const unknown = await anonymous().post('/api/auth/sign-in', {
      username: 'a',
      password: 'b',
      remember: true,
    });
    expect(unknown.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ path: 'body.remember', message: 'unknown field' }],
    });
  });
});

describe('GET /api/me', () => {
  it('requires authentication', async () => {
    const response = await anonymous().get('/api/me');
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'unauthenticated', status: 401 });
  });

  it('answers the signed-in user and the same CSRF token as sign-in', async () => {
    const account = await createAccount(t.app);
    const client = await anonymous().signIn(account.username, TEST_PASSWORD);
    const response = await client.get('/api/me');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      user: { id: account.publicId, username: account.username },
      csrfToken: client.csrfToken,
    });
  });

  it('treats a forged session cookie as signed out', async () => {
    const response = await anonymous().get('/api/me', { cookie: 'mx_session=forged-token-value' });
    expect(response.statusCode).toBe(401);
  });

  it(`ends a session left idle for ${SESSION_IDLE_MS / 3_600_000} hours`, async () => {
    const account = await createAccount(t.app);
    const client = await anonymous().signIn(account.username, TEST_PASSWORD);
    t.clock.advance(SESSION_IDLE_MS - 60_000);
    expect((await client.get('/api/me')).statusCode).toBe(200);
    t.clock.advance(SESSION_IDLE_MS);
    expect((await client.get('/api/me')).statusCode).toBe(401);
  });

  it(`ends an active session ${SESSION_ABSOLUTE_MS / 3_600_000} hours after sign-in`, async () => {
    const account = await createAccount(t.app);
    const client = await anonymous().signIn(account.username, TEST_PASSWORD);
    const step = SESSION_IDLE_MS / 2;
    for (let elapsed = step; elapsed < SESSION_ABSOLUTE_MS; elapsed += step) {
      t.clock.advance(step);
      expect((await client.get('/api/me')).statusCode).toBe(200);
    }
    t.clock.advance(step);
    expect((await client.get('/api/me')).statusCode).toBe(401);
  });
});

describe('GET /api/session', () => {
  it('answers 200 with no session to a browser signed out, a forged cookie included', async () => {
    for (const cookie of [undefined, 'mx_session=forged-token-value']) {
      const response = await anonymous().get('/api/session', cookie ? { cookie } : undefined);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ session: null });
    }
  });

  it('answers the signed-in session, as GET /api/me does', async () => {
    const account = await createAccount(t.app);
    const client = await anonymous().signIn(account.username, TEST_PASSWORD);
    const response = await client.get('/api/session');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ session: (await client.get('/api/me')).json() });
  });
});

describe('POST /api/auth/sign-out', () => {
  it('requires authentication', async () => {
    expect((await anonymous().post('/api/auth/sign-out')).statusCode).toBe(401);
  });

  it('refuses a request without the CSRF header, or with a wrong one, with 403 csrf_failed', async () => {
    const account = await createAccount(t.app);
    const client = await anonymous().signIn(account.username, TEST_PASSWORD);
    const withoutHeader = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { cookie: client.cookie },
    });
    expect(withoutHeader.statusCode).toBe(403);
    expect(withoutHeader.json().code).toBe('csrf_failed');
    const wrongHeader = await client.post('/api/auth/sign-out', undefined, {
      'x-csrf-token': 'not-the-token',
    });
    expect(wrongHeader.json().code).toBe('csrf_failed');
    expect((await client.get('/api/me')).statusCode).toBe(200);
  });

  it('ends the session and clears the cookie', async () => {
    const account = await createAccount(t.app);
    const client = await anonymous().signIn(account.username, TEST_PASSWORD);
    const response = await client.post('/api/auth/sign-out');
    expect(response.statusCode).toBe(204);
    expect(response.cookies.find((cookie) => cookie.name === 'mx_session')?.value).toBe('');
    expect((await client.get('/api/me')).statusCode).toBe(401);
  });
});

describe('POST /api/me/password', () => {
  it('requires authentication', async () => {
    const response = await anonymous().post('/api/me/password', {
      currentPassword: 'a',
      newPassword: 'b'.repeat(12),
    });
    expect(response.statusCode).toBe(401);
  });

  it('changes the password and ends every other session of the account, keeping this one', async () => {
    const account = await createAccount(t.app);
    const laptop = await anonymous().signIn(account.username, TEST_PASSWORD);
    const phone = await anonymous().signIn(account.username, TEST_PASSWORD);

    const response = await laptop.post('/api/me/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'mua-thu-ha-noi-42',
    });
    expect(response.statusCode).toBe(204);
    expect((await laptop.get('/api/me')).statusCode).toBe(200);
    expect((await phone.get('/api/me')).statusCode).toBe(401);
    await expect(anonymous().signIn(account.username, 'mua-thu-ha-noi-42')).resolves.toBeInstanceOf(
      HttpClient,
    );
    await expect(anonymous().signIn(account.username, TEST_PASSWORD)).rejects.toThrow(/401/);
  });

  it('refuses a wrong current password with 422 wrong_password', async () => {
    const account = await createAccount(t.app);
    const client = await anonymous().signIn(account.username, TEST_PASSWORD);
    const response = await client.post('/api/me/password', {
      currentPassword: 'not-my-password',
      newPassword: 'mua-thu-ha-noi-42',
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('wrong_password');
  });

  it.each([
    ['shorter than ten characters', 'ngan-qua', 400, 'validation_failed'],
    ['on the list of common passwords', 'matkhau123', 422, 'weak_password'],
    ['one repeated character', 'aaaaaaaaaaaa', 422, 'weak_password'],
  ])('refuses a new password %s', async (_case, newPassword, status, code) => {
    const account = await createAccount(t.app);
    const client = await anonymous().signIn(account.username, TEST_PASSWORD);
    const response = await client.post('/api/me/password', { currentPassword: TEST_PASSWORD, newPassword });
    expect(response.statusCode).toBe(status);
    expect(response.json().code).toBe(code);
    await expect(anonymous().signIn(account.username, TEST_PASSWORD)).resolves.toBeInstanceOf(HttpClient);
  });
});
