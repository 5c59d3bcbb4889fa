import type { Kysely } from 'kysely';
import type { OrgUnitKind, SchoolLevel } from '../../../contract/org.js';
import type { ReportingRound } from '../../../contract/reporting/reports.js';
import type { AuditWriter } from '../../core/audit/audit.js';
import type { SignedInUser } from '../../core/auth/signed-in-user.js';
import type { Clock } from '../../core/clock.js';
import type { Database } from '../../core/db/schema.js';
import { forbidden, HttpProblem, notFound } from '../../core/http/problem.js';
import { scheduleToday } from '../../core/jobs/daily-job.js';
import type { JobQueue } from '../../core/jobs/job-queue.js';
import { nextPeriodRound, recurs } from './period-recurrence.js';
import { reportPolicy } from './policy.js';
import type { ReportingRepository, RoundRow } from './repository.js';
import { alreadyRepeated, type RoundOpener } from './round-opening.js';

export const OPEN_NEXT_PERIODS_JOB = 'reporting.open-next-periods';
export const OPEN_NEXT_PERIOD_JOB = 'reporting.open-next-period';

/** Whether the caller reviews units in the round: acting at or below the unit that runs it, as a reviewer. */
export function reviewsIn(user: SignedInUser, round: Pick<RoundRow, 'owner_path'>): boolean {
  const grant = user.activeGrant;
  return grant?.unitPath.startsWith(round.owner_path) === true && reportPolicy.review(user, grant.unitId);
}

/** What the caller may do with a round, so the SPA shows only the buttons the server allows. */
export function roundAbilities(user: SignedInUser, round: RoundRow): ReportingRound['abilities'] {
  const manages = reportPolicy.manageRounds(user, round.owner_path);
  return {
    close: manages && round.status === 'open',
    repeat: manages && recurs(round.period_kind) && round.next_round_public_id === null,
    editForm: manages,
    // A school has no units below it to remind, and a closed round takes no more reports.
    remind: round.status === 'open' && reviewsIn(user, round) && user.activeGrant?.unitKind !== 'school',
  };
}

/** The next period of a round as it would open, or null for custom dates. */
function nextPeriodOf(round: RoundRow, deadlines: { unitKind: OrgUnitKind; dueOn: string }[]) {
  const periodKind = round.period_kind;
  if (!recurs(periodKind)) return null;
  return nextPeriodRound({
    periodKind,
    periodStart: round.period_start,
    periodEnd: round.period_end,
    targetYear: round.target_year,
    title: round.title,
    deadlines,
  });
}

/**
 * Closing a round, and opening the round of its next period — by hand, or by the daily job when
 * the period of a recurring round starts.
 */
export function createRoundLifecycle(deps: {
  db: Kysely<Database>;
  repository: ReportingRepository;
  audit: AuditWriter;
  clock: Clock;
  jobs: JobQueue;
  openRound: RoundOpener;
  getRound: (user: SignedInUser, publicId: string) => Promise<ReportingRound>;
}) {
  const { db, repository, audit, clock, jobs, openRound, getRound } = deps;

  /** The round, if the caller runs it: 404 when it is not visible, 403 when it is but not theirs. */
  async function managedRound(user: SignedInUser, publicId: string): Promise<RoundRow> {
    await getRound(user, publicId);
    const round = await repository.findRound(publicId);
    if (!round) throw notFound();
    if (!reportPolicy.manageRounds(user, round.owner_path))
      throw forbidden('Only the unit that runs the round closes or repeats it.');
    return round;
  }

  /** Opens the next period's round: same form at its latest version, same units, dates moved on. */
  async function repeat(round: RoundRow, actorAccountId: number | null): Promise<string> {
    const [form, [under], deadlines] = await Promise.all([
      repository.findForm(round.form_public_id),
      repository.unitsByIds([round.units_under_id ?? round.owner_id]),
      repository.deadlinesOf([round.id]),
    ]);
    const next = nextPeriodOf(
      round,
      deadlines.map((deadline) => ({ unitKind: deadline.unit_kind, dueOn: deadline.due_on })),
    );
    if (!next) throw new HttpProblem('period_not_recurring', 'A round of custom dates has no next period.');
    if (round.next_round_public_id !== null) throw alreadyRepeated();
    if (!form || !under) throw notFound('The form or the units of the round no longer exist.');
    return openRound({
      ...next,
      form,
      under,
      units: {
        kinds: JSON.parse(round.unit_kinds_json ?? '[]') as OrgUnitKind[],
        schoolLevels:
          round.school_levels_json === null
            ? undefined
            : (JSON.parse(round.school_levels_json) as SchoolLevel[]),
      },
      recurs: round.recurs === 1,
      previousRoundId: round.id,
      actorAccountId,
    });
  }

  return {
    /** Ends the round: no more saving or submitting; reviews of reports already submitted may finish. */
    async closeRound(user: SignedInUser, publicId: string): Promise<ReportingRound> {
      const round = await managedRound(user, publicId);
      const now = clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        if (!(await repository.closeRound(trx, round.id, now)))
          throw new HttpProblem('round_already_closed', 'The reporting round has already been closed.');
        await audit(trx, {
          actorAccountId: user.accountId,
          action: 'reporting_round.closed',
          entityType: 'reporting_round',
          entityId: publicId,
          before: { status: round.status },
          after: { status: 'closed', closedAt: now },
        });
      });
      return getRound(user, publicId);
    },

    async repeatRound(user: SignedInUser, publicId: string): Promise<ReportingRound> {
      const round = await managedRound(user, publicId);
      return getRound(user, await repeat(round, user.accountId));
    },

    /** Today's look for recurring rounds whose next period has started. */
    scheduleNextPeriods: () => scheduleToday(jobs, clock, OPEN_NEXT_PERIODS_JOB),

    /** One job per recurring round whose next period has started, keyed by round and period. */
    async enqueueDueNextPeriods(payload: unknown): Promise<{ due: number }> {
      const { date } = payload as { date: string };
      const due = (await repository.roundsAwaitingNextPeriod()).flatMap((round) => {
        const periodStart = nextPeriodOf(round, [])?.periodStart;
        return periodStart !== undefined && periodStart <= date
          ? [{ roundId: round.public_id, periodStart }]
          : [];
      });
      for (const job of due) {
        await jobs.enqueue(OPEN_NEXT_PERIOD_JOB, job, {
          dedupeKey: `${OPEN_NEXT_PERIOD_JOB}:${job.roundId}:${job.periodStart}`,
        });
      }
      return { due: due.length };
    },

    /** Opens the next period's round unless someone already has; a second run changes nothing. */
    async openNextPeriod(payload: unknown): Promise<{ opened: string | null }> {
      const { roundId } = payload as { roundId: string };
      const round = await repository.findRound(roundId);
      if (!round || round.next_round_public_id !== null) return { opened: null };
      try {
        return { opened: await repeat(round, null) };
      } catch (error) {
        if (error instanceof HttpProblem && error.code === 'round_already_repeated') return { opened: null };
        throw error;
      }
    },
  };
}
