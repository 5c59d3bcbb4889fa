import type { Role } from '../../../contract/roles.js';
import type { Clock } from '../../core/clock.js';
import { scheduleToday } from '../../core/jobs/daily-job.js';
import type { JobQueue } from '../../core/jobs/job-queue.js';
import { vietnamToday } from '../../core/vietnam-date.js';
import type { NotificationService, Recipient } from '../notifications/service.js';
import type { ReportingRepository } from './repository.js';

export const DAILY_REMINDERS_JOB = 'reporting.daily-reminders';
/** Reporters hear about a deadline this many days ahead. */
export const REMINDER_DAYS_AHEAD = 3;

/** Those who fill a unit's report, and those who review the units below theirs. */
export const FILLING_ROLES: Role[] = ['reporter', 'leader'];
const REVIEWING_ROLES: Role[] = ['specialist', 'leader'];

type PendingReport = Awaited<ReturnType<ReportingRepository['pendingReports']>>[number];

const addDays = (isoDate: string, days: number) =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function groupBy<T>(items: T[], key: (item: T) => number | null): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const id = key(item);
    if (id !== null) groups.set(id, [...(groups.get(id) ?? []), item]);
  }
  return groups;
}

/**
 * The rows (reports, rounds) each recipient answers for, across every unit where it holds a role: once
 * per unit, however many roles it holds there.
 */
function rowsPerAccount<Row>(recipients: Recipient[], rowsByUnit: Map<number, Row[]>) {
  const perAccount = new Map<number, Row[]>();
  const counted = new Set<string>();
  for (const recipient of recipients) {
    const grant = `${recipient.account_id}:${recipient.unit_id}`;
    if (counted.has(grant)) continue;
    counted.add(grant);
    perAccount.set(recipient.account_id, [
      ...(perAccount.get(recipient.account_id) ?? []),
      ...(rowsByUnit.get(recipient.unit_id) ?? []),
    ]);
  }
  return perAccount;
}

/** Reports waiting per round, summed over the units someone reviews at. */
function waitingPerRound(rows: { round_id: number; round_title: string; waiting: number | string }[]) {
  const byRound = new Map<number, { roundTitle: string; waiting: number }>();
  for (const row of rows) {
    const round = byRound.get(row.round_id) ?? { roundTitle: row.round_title, waiting: 0 };
    round.waiting += Number(row.waiting);
    byRound.set(row.round_id, round);
  }
  return [...byRound.values()];
}

const asListed = (report: PendingReport) => ({
  unitName: report.unit_name,
  roundTitle: report.round_title,
  dueOn: report.due_on,
});

/**
 * Deadline digests (one e-mail per person per day, whatever the number of reports), escalation of
 * overdue reports to the level above, and the reminder a reviewer sends with one click.
 */
export function createReportingReminders(deps: {
  repository: ReportingRepository;
  notifications: NotificationService;
  jobs: JobQueue;
  clock: Clock;
}) {
  const { repository, notifications, jobs, clock } = deps;

  async function remindReporters(pending: PendingReport[], dedupeKey: (recipient: Recipient) => string) {
    const byUnit = groupBy(pending, (report) => report.unit_id);
    const reporters = await notifications.accountsWithRoleAt([...byUnit.keys()], FILLING_ROLES);
    const perAccount = rowsPerAccount(reporters, byUnit);
    return notifications.notify(
      reporters,
      'reminders',
      (recipient) => {
        const reports = perAccount.get(recipient.account_id) ?? [];
        return {
          content: {
            kind: 'deadline_digest',
            recipientName: recipient.display_name,
            reports: reports.map(asListed),
          },
          link: '/bao-cao',
        };
      },
      dedupeKey,
    );
  }

  async function escalateOverdue(overdue: PendingReport[], today: string) {
    const byParent = groupBy(overdue, (report) => report.parent_unit_id);
    const reviewers = await notifications.accountsWithRoleAt([...byParent.keys()], REVIEWING_ROLES);
    const perAccount = rowsPerAccount(reviewers, byParent);
    return notifications.notify(
      reviewers,
      'reminders',
      (recipient) => {
        const reports = perAccount.get(recipient.account_id) ?? [];
        return {
          content: {
            kind: 'overdue_escalation',
            recipientName: recipient.display_name,
            reports: reports.map(asListed),
          },
          link: '/bao-cao',
        };
      },
      (recipient) => `escalation:${recipient.account_id}:${today}`,
    );
  }

  /** Tells each reviewing unit's reviewers how many submitted reports of open rounds wait for them, by round. */
  async function remindReviewers(today: string) {
    const waiting = await repository.reportsAwaitingReview();
    const byUnit = groupBy(waiting, (row) => row.reviewer_unit_id);
    const reviewers = await notifications.accountsWithRoleAt([...byUnit.keys()], REVIEWING_ROLES);
    const perAccount = rowsPerAccount(reviewers, byUnit);
    return notifications.notify(
      reviewers,
      'reminders',
      (recipient) => ({
        content: {
          kind: 'review_digest',
          recipientName: recipient.display_name,
          rounds: waitingPerRound(perAccount.get(recipient.account_id) ?? []),
        },
        link: '/bao-cao?trang-thai=to_review',
      }),
      (recipient) => `review:${recipient.account_id}:${today}`,
    );
  }

  return {
    scheduleDaily: () => scheduleToday(jobs, clock, DAILY_REMINDERS_JOB),

    async sendDaily(
      payload: unknown,
    ): Promise<{ reminded: number; escalated: number; reviewersReminded: number }> {
      const { date } = payload as { date: string };
      const pending = await repository.pendingReports({ dueBy: addDays(date, REMINDER_DAYS_AHEAD) });
      const reminded = await remindReporters(
        pending,
        (recipient) => `digest:${recipient.account_id}:${date}`,
      );
      const escalated = await escalateOverdue(
        pending.filter((report) => report.due_on < date),
        date,
      );
      return { reminded, escalated, reviewersReminded: await remindReviewers(date) };
    },

    /** "Nhắc nộp": reminds the units of a round under a subtree that have not submitted, once a day. */
    async nudge(roundId: number, roundPublicId: string, underPath: string): Promise<number> {
      const today = vietnamToday(clock);
      const pending = await repository.pendingReports({ roundId, underPath });
      return remindReporters(
        pending,
        (recipient) => `nudge:${roundPublicId}:${recipient.account_id}:${today}`,
      );
    },
  };
}

export type ReportingReminders = ReturnType<typeof createReportingReminders>;
