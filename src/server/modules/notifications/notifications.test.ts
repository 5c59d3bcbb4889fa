import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, startDemoApp } from '../../../../test/support/demo-app.js';
import type { HttpClient } from '../../../../test/support/http-client.js';
import { notificationPage, readAllNotifications } from '../../../../test/support/notifications.js';
import { NOTIFICATION_PAGE_SIZE } from '../../../contract/notifications.js';

let t: DemoApp;
let principal: HttpClient;
let commune: HttpClient;

/** Sends the demo account this many numbered notifications, oldest first. */
async function notifyNumbered(username: string, count: number) {
  const account = await t.app.services.people.findAccountByUsername(username);
  if (!account) throw new Error(`no account ${username}`);
  const recipient = {
    account_id: account.id,
    email: null,
    display_name: account.display_name,
    unit_id: 0,
    email_reminders: 0,
    email_updates: 0,
  };
  for (let number = 1; number <= count; number += 1) {
    await t.app.services.notifications.notify([recipient], 'updates', () => ({
      content: { kind: 'round_opened', roundTitle: `Đợt số ${number}`, dueOn: '2026-12-10' },
    }));
  }
}

const unreadOf = async (client: HttpClient) =>
  (await client.get('/api/notifications/unread')).json<{ unread: number }>().unread;

beforeAll(async () => {
  t = await startDemoApp();
  [principal, commune] = await Promise.all([t.signIn('truong.hoangmai'), t.signIn('xa.hoangmai')]);
  await readAllNotifications(principal);
  await notifyNumbered('truong.hoangmai', NOTIFICATION_PAGE_SIZE + 5);
});
afterAll(() => t.close());

describe('the notifications list', () => {
  it('shows the newest first, a page at a time, with how many there are in all', async () => {
    const first = await notificationPage(principal);
    expect(first.items).toHaveLength(NOTIFICATION_PAGE_SIZE);
    expect(first.items[0]?.title).toBe(`Đợt báo cáo mới: Đợt số ${NOTIFICATION_PAGE_SIZE + 5}`);
    expect(first.nextCursor).toBe(first.items.at(-1)?.id);

    const next = await notificationPage(principal, first.nextCursor);
    expect(next.total).toBe(first.total);
    expect(next.nextCursor).toBeNull();
    expect(next.items.map((item) => item.title).slice(0, 5)).toEqual([
      'Đợt báo cáo mới: Đợt số 5',
      'Đợt báo cáo mới: Đợt số 4',
      'Đợt báo cáo mới: Đợt số 3',
      'Đợt báo cáo mới: Đợt số 2',
      'Đợt báo cáo mới: Đợt số 1',
    ]);
  });

  it('gives what each notification says as data, for the list to word in the reader’s language', async () => {
    const [newest] = (await notificationPage(principal)).items;
    expect(newest?.content).toEqual({
      kind: 'round_opened',
      roundTitle: `Đợt số ${NOTIFICATION_PAGE_SIZE + 5}`,
      dueOn: '2026-12-10',
    });
    expect(newest?.body).toBe(
      `Đơn vị cần nộp báo cáo "Đợt số ${NOTIFICATION_PAGE_SIZE + 5}". Hạn nộp: 10/12/2026.`,
    );
  });

  it('counts the unread for the header without sending the list', async () => {
    expect(await unreadOf(principal)).toBe(NOTIFICATION_PAGE_SIZE + 5);
  });

  it('marks read only the notifications the person has seen', async () => {
    const first = await notificationPage(principal);
    const seen = first.items.map((item) => item.id);
    expect((await principal.post('/api/notifications/read', { ids: seen })).statusCode).toBe(204);

    expect(await unreadOf(principal)).toBe(5);
    const after = await notificationPage(principal);
    expect(after.items.every((item) => item.read)).toBe(true);
    const older = await notificationPage(principal, after.nextCursor);
    expect(older.items.filter((item) => !item.read)).toHaveLength(5);
  });

  it('leaves alone the notifications of someone else, whatever ids are sent', async () => {
    await notifyNumbered('xa.hoangmai', 1);
    const theirs = (await notificationPage(commune)).items
      .filter((item) => !item.read)
      .map((item) => item.id);
    const before = await unreadOf(commune);

    expect((await principal.post('/api/notifications/read', { ids: theirs })).statusCode).toBe(204);
    expect(await unreadOf(commune)).toBe(before);
  });

  it('refuses to page on from a notification that is not the caller’s, as from one that does not exist', async () => {
    const [theirs] = (await notificationPage(commune)).items;
    const fromTheirs = await principal.get(`/api/notifications?cursor=${theirs?.id}`);
    const fromNone = await principal.get('/api/notifications?cursor=01JZ0000000000000000000000');
    expect(fromTheirs.statusCode).toBe(404);
    expect(fromTheirs.json().code).toBe('not_found');
    expect(fromTheirs.json()).toEqual({ ...fromNone.json(), requestId: fromTheirs.json().requestId });
  });

  it('refuses a request to mark read that names no notification, or is not a list of ids', async () => {
    for (const body of [{ ids: [] }, { ids: ['not-an-id'] }, {}]) {
      const response = await principal.post('/api/notifications/read', body);
      expect(response.statusCode).toBe(400);
      expect(response.json().code).toBe('validation_failed');
    }
  });
});
