import { describe, expect, it } from 'vitest';
import type { NotificationContent } from './notification-content.js';
import { notificationText } from './notification-text.js';

const late = {
  kind: 'overdue_escalation',
  recipientName: 'Nguyễn Văn An',
  reports: [
    { unitName: 'Trường Tiểu học Kim Liên', roundTitle: 'Báo cáo năm 2026', dueOn: '2026-12-10' },
    { unitName: 'Trường THCS Đống Đa', roundTitle: 'Báo cáo năm 2026', dueOn: '2026-12-10' },
  ],
} satisfies NotificationContent;

describe('a notification’s wording', () => {
  it('reads in Vietnamese as the e-mail sends it, dates as dd/mm/yyyy', () => {
    expect(notificationText(late, 'vi')).toEqual({
      title: '2 đơn vị quá hạn nộp báo cáo',
      body:
        'Kính gửi Nguyễn Văn An,\n\nCác đơn vị sau đã quá hạn nộp báo cáo:\n' +
        '- Trường Tiểu học Kim Liên: Báo cáo năm 2026 — hạn nộp 10/12/2026\n' +
        '- Trường THCS Đống Đa: Báo cáo năm 2026 — hạn nộp 10/12/2026',
    });
  });

  it('reads in English with the names and titles as they were entered', () => {
    expect(notificationText(late, 'en')).toEqual({
      title: '2 units are late with their report',
      body:
        'Dear Nguyễn Văn An,\n\nThese units have not reported by their deadline:\n' +
        '- Trường Tiểu học Kim Liên: Báo cáo năm 2026 — due 10/12/2026\n' +
        '- Trường THCS Đống Đa: Báo cáo năm 2026 — due 10/12/2026',
    });
  });

  it('counts one report or unit in the singular in English', () => {
    const one = { ...late, reports: late.reports.slice(0, 1) };
    expect(notificationText(one, 'en').title).toBe('1 unit is late with their report');
    expect(notificationText({ ...one, kind: 'deadline_digest' }, 'en').title).toBe(
      'Deadline reminder: 1 report not submitted',
    );
  });

  it('sums the reports awaiting review over their rounds', () => {
    const waiting = {
      kind: 'review_digest',
      recipientName: 'Lê Thị Hoa',
      rounds: [
        { roundTitle: 'Báo cáo năm 2026', waiting: 3 },
        { roundTitle: 'Báo cáo học kỳ I', waiting: 1 },
      ],
    } satisfies NotificationContent;
    expect(notificationText(waiting, 'vi')).toEqual({
      title: 'Có 4 báo cáo đang chờ duyệt',
      body:
        'Kính gửi Lê Thị Hoa,\n\nSố báo cáo đang chờ đơn vị của bạn duyệt, theo đợt báo cáo:\n' +
        '- Báo cáo năm 2026: 3 báo cáo\n- Báo cáo học kỳ I: 1 báo cáo',
    });
    expect(notificationText(waiting, 'en').title).toBe('4 reports awaiting review');
    expect(notificationText(waiting, 'en').body).toContain('- Báo cáo học kỳ I: 1 report');
  });

  it('names the level that returned a report, or the level above when it acted with no unit', () => {
    const returned = {
      kind: 'report_returned',
      roundTitle: 'Báo cáo năm 2026',
      unitName: 'Trường Tiểu học Kim Liên',
      reviewerName: 'Phường Kim Liên',
      reason: 'Thiếu số liệu tập huấn',
    } satisfies NotificationContent;
    expect(notificationText(returned, 'vi').body).toBe(
      'Báo cáo của Trường Tiểu học Kim Liên đã bị Phường Kim Liên trả lại để chỉnh sửa.\nLý do: Thiếu số liệu tập huấn',
    );
    expect(notificationText({ ...returned, reviewerName: null }, 'en').body).toBe(
      'The report of Trường Tiểu học Kim Liên was returned for changes by the level above.\nReason: Thiếu số liệu tập huấn',
    );
  });

  it('gives a new round’s deadline', () => {
    const opened = {
      kind: 'round_opened',
      roundTitle: 'Báo cáo học kỳ I',
      dueOn: '2026-12-10',
    } satisfies NotificationContent;
    expect(notificationText(opened, 'en')).toEqual({
      title: 'New reporting round: Báo cáo học kỳ I',
      body: 'Your unit is asked to report in "Báo cáo học kỳ I". Due: 10/12/2026.',
    });
  });
});
