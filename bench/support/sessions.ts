import type { Kysely } from 'kysely';
import { SESSION_COOKIE } from '../../src/server/core/auth/session-cookie.js';
import { digestSecret, newSecret } from '../../src/server/core/auth/tokens.js';
import type { Database } from '../../src/server/core/db/schema.js';
import { REPORTER_PREFIX } from '../data/reporter-accounts.js';
import { BENCH_DEMO_PASSWORD } from './app-process.js';

/** What a signed-in client sends: the session cookie, and the CSRF token for writes. */
export interface BenchSession {
  headers: { cookie: string; 'x-csrf-token': string };
}

export interface ReporterSession extends BenchSession {
  unitId: number;
}

/** Signs in over HTTP as a demo account, as a browser does. */
export async function signIn(baseUrl: string, username: string): Promise<BenchSession> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: BENCH_DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${username} answered ${response.status}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { headers: { cookie, 'x-csrf-token': csrfToken } };
}

/**
 * Sessions of the generated school reporters, written straight into the sessions table: hundreds of
 * password checks (argon2id, by design ~60 ms each) would otherwise dominate the setup.
 */
export async function openReporterSessions(db: Kysely<Database>, count: number): Promise<ReporterSession[]> {
  const reporters = await db
    .selectFrom('accounts as a')
    .innerJoin('role_grants as g', 'g.account_id', 'a.id')
    .select(['a.id', 'g.id as grant_id', 'g.unit_id'])
    .where('a.username', 'like', `${REPORTER_PREFIX}%`)
    .orderBy('a.id')
    .limit(count)
    .execute();
  const now = new Date();
  const expires = new Date(now.getTime() + 60 * 60 * 1000).toISOString();
  const sessions: ReporterSession[] = [];
  for (const reporter of reporters) {
    const token = newSecret();
    const csrf = newSecret();
    await db
      .insertInto('sessions')
      .values({
        token_hash: digestSecret(token),
        csrf_token: csrf,
        account_id: reporter.id,
        created_at: now.toISOString(),
        last_seen_at: now.toISOString(),
        expires_at: expires,
        address: '127.0.0.1',
        user_agent: 'mangxanh-bench',
        active_grant_id: reporter.grant_id,
      })
      .execute();
    sessions.push({
      headers: { cookie: `${SESSION_COOKIE}=${token}`, 'x-csrf-token': csrf },
      unitId: reporter.unit_id,
    });
  }
  return sessions;
}
