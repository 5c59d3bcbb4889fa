import type { NotificationContent } from './notification-content.js';

export type NotificationLanguage = 'vi' | 'en';

export interface NotificationText {
  title: string;
  body: string;
}

type Wording = {
  [Kind in NotificationContent['kind']]: (
    content: Extract<NotificationContent, { kind: Kind }>,
  ) => NotificationText;
};

type PendingReport = Extract<NotificationContent, { kind: 'deadline_digest' }>['reports'][number];

/** Dates read dd/mm/yyyy in both languages, as everywhere in the interface. */
const dayMonthYear = (isoDate: string) => isoDate.split('-').reverse().join('/');

const lines = (reports: PendingReport[], due: string) =>
  reports
    .map((report) => `- ${report.unitName}: ${report.roundTitle} — ${due} ${dayMonthYear(report.dueOn)}`)
    .join('\n');

type WaitingRound = Extract<NotificationContent, { kind: 'review_digest' }>['rounds'][number];

const waitingIn = (rounds: WaitingRound[]) => rounds.reduce((sum, round) => sum + round.waiting, 0);

const vietnamese: Wording = {
  round_opened: (content) => ({
    title: `Đợt báo cáo mới: ${content.roundTitle}`,
    body: `Đơn vị cần nộp báo cáo "${content.roundTitle}". Hạn nộp: ${dayMonthYear(content.dueOn)}.`,
  }),
  report_returned: (content) => ({
    title: `Báo cáo bị trả lại: ${content.roundTitle}`,
    body: `Báo cáo của ${content.unitName} đã bị ${content.reviewerName ?? 'cấp trên'} trả lại để chỉnh sửa.\nLý do: ${content.reason}`,
  }),
  report_approved: (content) => ({
    title: `Báo cáo đã được duyệt: ${content.roundTitle}`,
    body: `Báo cáo của ${content.unitName} đã được ${content.reviewerName ?? 'cấp trên'} duyệt.`,
  }),
  deadline_digest: (content) => ({
    title: `Nhắc hạn nộp báo cáo: ${content.reports.length} báo cáo chưa nộp`,
    body: `Kính gửi ${content.recipientName},\n\nCác báo cáo sau chưa được nộp:\n${lines(content.reports, 'hạn nộp')}`,
  }),
  review_digest: (content) => ({
    title: `Có ${waitingIn(content.rounds)} báo cáo đang chờ duyệt`,
    body: `Kính gửi ${content.recipientName},\n\nSố báo cáo đang chờ đơn vị của bạn duyệt, theo đợt báo cáo:\n${content.rounds
      .map((round) => `- ${round.roundTitle}: ${round.waiting} báo cáo`)
      .join('\n')}`,
  }),
  overdue_escalation: (content) => ({
    title: `${content.reports.length} đơn vị quá hạn nộp báo cáo`,
    body: `Kính gửi ${content.recipientName},\n\nCác đơn vị sau đã quá hạn nộp báo cáo:\n${lines(content.reports, 'hạn nộp')}`,
  }),
};

const reportCount = (count: number) => (count === 1 ? '1 report' : `${count} reports`);

const english: Wording = {
  round_opened: (content) => ({
    title: `New reporting round: ${content.roundTitle}`,
    body: `Your unit is asked to report in "${content.roundTitle}". Due: ${dayMonthYear(content.dueOn)}.`,
  }),
  report_returned: (content) => ({
    title: `Report returned: ${content.roundTitle}`,
    body: `The report of ${content.unitName} was returned for changes by ${content.reviewerName ?? 'the level above'}.\nReason: ${content.reason}`,
  }),
  report_approved: (content) => ({
    title: `Report approved: ${content.roundTitle}`,
    body: `The report of ${content.unitName} was approved by ${content.reviewerName ?? 'the level above'}.`,
  }),
  deadline_digest: (content) => ({
    title: `Deadline reminder: ${reportCount(content.reports.length)} not submitted`,
    body: `Dear ${content.recipientName},\n\nThese reports have not been submitted yet:\n${lines(content.reports, 'due')}`,
  }),
  review_digest: (content) => ({
    title: `${reportCount(waitingIn(content.rounds))} awaiting review`,
    body: `Dear ${content.recipientName},\n\nReports waiting for your unit’s review, by round:\n${content.rounds
      .map((round) => `- ${round.roundTitle}: ${reportCount(round.waiting)}`)
      .join('\n')}`,
  }),
  overdue_escalation: (content) => ({
    title: `${content.reports.length === 1 ? '1 unit is' : `${content.reports.length} units are`} late with their report`,
    body: `Dear ${content.recipientName},\n\nThese units have not reported by their deadline:\n${lines(content.reports, 'due')}`,
  }),
};

const wordings: Record<NotificationLanguage, Wording> = { vi: vietnamese, en: english };

/** A notification's title and body in a language. */
export function notificationText(
  content: NotificationContent,
  language: NotificationLanguage,
): NotificationText {
  const word = wordings[language][content.kind] as (content: NotificationContent) => NotificationText;
  return word(content);
}
