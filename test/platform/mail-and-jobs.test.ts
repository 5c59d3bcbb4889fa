import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobRepository } from '../../src/server/core/jobs/job-repository.js';
import { createJobRunner, retryDelayMs } from '../../src/server/core/jobs/job-runner.js';
import { SEND_MAIL_JOB } from '../../src/server/core/mail/mail-service.js';
import { type DemoApp, startDemoApp } from '../support/demo-app.js';
import { startSmtpSink } from '../support/smtp-sink.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const reminder = (to: string) => ({
  to,
  subject: 'Nhắc hạn nộp báo cáo: còn 3 ngày',
  text: 'Kính gửi Trường THCS Hoàng Mai, báo cáo năm học 2025-2026 cần nộp trước ngày 01/12.',
});

describe('mail without SMTP_URL', () => {
  let t: DemoApp;
  beforeAll(async () => {
    t = await startDemoApp();
  });
  afterAll(() => t.close());

  it('keeps the message in the outbox, which system administrators read', async () => {
    await t.app.services.mail.queue(reminder('hieutruong@thcshoangmai.edu.vn'));
    await t.app.services.jobRunner.drain();

    const admin = await t.signIn('admin');
    const { items } = (await admin.get('/api/admin/mail')).json();
    expect(items[0]).toMatchObject({
      to: 'hieutruong@thcshoangmai.edu.vn',
      subject: 'Nhắc hạn nộp báo cáo: còn 3 ngày',
      transport: 'outbox',
      sentAt: expect.any(String),
    });
  });

  it('queues many messages at once, leaving out only those whose key was used, and sends each once', async () => {
    await t.app.services.mail.queue(reminder('e0@truong.edu.vn'), 'digest:e0:2026-11-27');
    // More than one statement's worth, so the batches and their order are exercised too.
    const recipients = Array.from({ length: 600 }, (_, index) => `e${index}@truong.edu.vn`);
    const ids = await t.app.services.mail.queueMany(
      recipients.map((to) => ({ message: reminder(to), dedupeKey: `digest:${to.split('@')[0]}:2026-11-27` })),
    );
    expect(ids[0]).toBeNull();
    expect(new Set(ids.slice(1).filter((id) => typeof id === 'string')).size).toBe(recipients.length - 1);
    await t.app.services.jobRunner.drain();
    const sent = await t.database.handle.db
      .selectFrom('mail_messages')
      .select(['to_address', 'sent_at'])
      .where('to_address', 'in', recipients)
      .execute();
    expect(sent).toHaveLength(recipients.length);
    expect(sent.every((mail) => mail.sent_at !== null)).toBe(true);
  });

  it('does not show the outbox to anyone else', async () => {
    const specialist = await t.signIn('so.hanoi');
    expect((await specialist.get('/api/admin/mail')).statusCode).toBe(403);
  });
});

describe('mail through a real SMTP server', () => {
  let t: TestApp;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ env: { SMTP_URL: sink.url } });
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('delivers a Vietnamese message once', async () => {
    await t.app.services.mail.queue(reminder('a@truong.edu.vn'));
    await t.app.services.jobRunner.drain();
    await t.app.services.jobRunner.drain();
    const delivered = sink.received.filter((mail) => mail.to.includes('a@truong.edu.vn'));
    expect(delivered).toHaveLength(1);
    expect(delivered[0]?.raw).toMatch(/^Subject: =\?UTF-8\?/m);
    expect(delivered[0]?.raw).toContain('Message-ID: <');
  });

  it('queues a message once per dedupe key (one digest per person per day)', async () => {
    const first = await t.app.services.mail.queue(reminder('b@truong.edu.vn'), 'digest:b:2026-11-26');
    const second = await t.app.services.mail.queue(reminder('b@truong.edu.vn'), 'digest:b:2026-11-26');
    expect(first).not.toBeNull();
    expect(second).toBeNull();
    await t.app.services.jobRunner.drain();
    expect(sink.received.filter((mail) => mail.to.includes('b@truong.edu.vn'))).toHaveLength(1);
  });

  it('while the SMTP server is down, waits and retries with back-off, then sends once when it is back', async () => {
    await sink.stop();
    await t.app.services.mail.queue(reminder('c@truong.edu.vn'), 'reminder:c');
    await t.app.services.jobRunner.drain();
    const job = await t.database.handle.db
      .selectFrom('jobs')
      .selectAll()
      .where('dedupe_key', '=', 'reminder:c')
      .executeTakeFirstOrThrow();
    expect(job).toMatchObject({
      status: 'pending',
      attempts: 1,
      last_error: expect.stringMatching(/ECONNREFUSED/),
    });
    expect(new Date(job.run_at).getTime() - t.clock.now().getTime()).toBe(retryDelayMs(1));

    await sink.restart();
    await t.app.services.jobRunner.drain();
    expect(sink.received.filter((mail) => mail.to.includes('c@truong.edu.vn'))).toHaveLength(0);

    t.clock.advance(retryDelayMs(1));
    await t.app.services.jobRunner.drain();
    await t.app.services.jobRunner.drain();
    expect(sink.received.filter((mail) => mail.to.includes('c@truong.edu.vn'))).toHaveLength(1);
  });

  it('two app nodes working the same queue send every message exactly once', async () => {
    const recipients = Array.from({ length: 30 }, (_, index) => `node${index}@truong.edu.vn`);
    for (const to of recipients) await t.app.services.mail.queue(reminder(to));
    const node = (nodeId: string) =>
      createJobRunner({
        repository: createJobRepository(t.database.handle.db, t.database.dialect),
        clock: t.clock,
        handlers: { [SEND_MAIL_JOB]: t.app.services.mail.deliver },
        log: t.app.log,
        nodeId,
      });
    await Promise.all([node('node-a').drain(), node('node-b').drain()]);
    for (const to of recipients) expect(sink.received.filter((mail) => mail.to.includes(to))).toHaveLength(1);
  });

  it('takes over a job whose node died holding it, once its lease has run out', async () => {
    await t.app.services.mail.queue(reminder('d@truong.edu.vn'), 'reminder:d');
    const repository = createJobRepository(t.database.handle.db, t.database.dialect);
    const now = t.clock.now();
    const claimed = await repository.claimDue(
      'dead-node',
      now.toISOString(),
      new Date(now.getTime() + 60_000).toISOString(),
      50,
    );
    expect(claimed.length).toBeGreaterThan(0);

    await t.app.services.jobRunner.drain();
    expect(sink.received.filter((mail) => mail.to.includes('d@truong.edu.vn'))).toHaveLength(0);
    t.clock.advance(60_001);
    await t.app.services.jobRunner.drain();
    expect(sink.received.filter((mail) => mail.to.includes('d@truong.edu.vn'))).toHaveLength(1);
  });
});
