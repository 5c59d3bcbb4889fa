import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { deadlineBeforeLowerLevel } from '../../../contract/reporting/deadline-order.js';
import { type FieldType, isReported } from '../../../contract/reporting/fields.js';
import type {
  createRoundRequestSchema,
  ReportingRound,
  Rollup,
} from '../../../contract/reporting/reports.js';
import type { SpreadsheetFormat } from '../../../contract/spreadsheet.js';
import type { AuditWriter } from '../../core/audit/audit.js';
import { subtreesWhere } from '../../core/auth/access.js';
import type { SignedInUser } from '../../core/auth/signed-in-user.js';
import type { Clock } from '../../core/clock.js';
import type { Database } from '../../core/db/schema.js';
import { forbidden, HttpProblem, notFound } from '../../core/http/problem.js';
import type { JobQueue } from '../../core/jobs/job-queue.js';
import type { NotificationService } from '../notifications/service.js';
import type { AttachmentRepository } from './attachments/attachment-repository.js';
import { type SubmittedValue, toStoredValue } from './field-values.js';
import { reportPolicy } from './policy.js';
import type { ReportingReminders } from './reminders.js';
import { createReportForms } from './report-forms.js';
import { createReportService } from './report-service.js';
import type { Narrative } from './report-view.js';
import type { ReportingRepository, RoundRow } from './repository.js';
import { toRollupIndicator } from './rollup-view.js';
import { type ExportReads, roundExport } from './round-export.js';
import { createRoundLifecycle, reviewsIn, roundAbilities } from './round-lifecycle.js';
import { createRoundOpener } from './round-opening.js';

/** As sent: the demo seed opens rounds without saying they do not recur. */
type CreateRoundRequest = z.input<typeof createRoundRequestSchema>;

export interface HistoricalOutcome {
  status: 'submitted' | 'returned' | 'approved';
  submittedAt: string;
  late: boolean;
  approvedThroughUnitId: number | null;
  returnReason: string | null;
  narrative: Narrative;
  valueOf(type: FieldType, position: number): SubmittedValue;
}

/** The unit that owns a round, as `findUnit` answers a unit. */
const ownerOf = (round: RoundRow) => ({
  id: round.owner_id,
  public_id: round.owner_public_id,
  name: round.owner_name,
  kind: round.owner_kind,
  path: round.owner_path,
  province_code: round.owner_province_code,
});

/**
 * Reporting: rounds (opened, listed, exported, entered from paper, reminded of, rolled up) here, each
 * unit's report in `report-service.ts`, forms in `report-forms.ts` and a round's life after it opens in
 * `round-lifecycle.ts`.
 */
export function createReportingService(deps: {
  db: Kysely<Database>;
  repository: ReportingRepository;
  /** The export's queries on the connection for long reads (see `DatabaseHandle['reader']`). */
  exportReads: ExportReads;
  audit: AuditWriter;
  clock: Clock;
  notifications: NotificationService;
  reminders: ReportingReminders;
  jobs: JobQueue;
  attachments: AttachmentRepository;
}) {
  const { db, repository, exportReads, audit, clock, notifications, reminders, jobs, attachments } = deps;
  const forms = createReportForms({ db, repository, audit, clock });
  const reports = createReportService({ db, repository, audit, clock, notifications, attachments });
  const openRound = createRoundOpener({ db, repository, audit, clock, notifications });

  const rounds = {
    /** Opens a round: one report per expected unit, each with the deadline of its level. */
    async createRound(user: SignedInUser, request: CreateRoundRequest): Promise<ReportingRound> {
      const form = await repository.findForm(request.formId);
      if (!form || !reportPolicy.manageRounds(user, form.owner_path)) {
        throw notFound('There is no such form, or it is not visible to you.');
      }
      const under = await repository.findUnit(request.units.under);
      if (!under) throw new HttpProblem('unit_not_found', 'There is no such unit to report under.');
      if (!under.path.startsWith(form.owner_path)) {
        throw new HttpProblem(
          'units_outside_plan_issuer',
          'The reporting units must lie under the unit that issued the plan (the owner of the form).',
        );
      }
      if (request.periodEnd < request.periodStart) {
        throw new HttpProblem('invalid_period', 'The period ends before it starts.');
      }
      const reporting = request.deadlines.filter((deadline) =>
        request.units.kinds.includes(deadline.unitKind),
      );
      const early = reporting.find((deadline) => deadline.dueOn < request.periodStart);
      if (early) {
        throw new HttpProblem(
          'deadline_before_period',
          `The deadline for units of kind ${early.unitKind} falls before the period starts.`,
        );
      }
      const outOfOrder = deadlineBeforeLowerLevel(reporting);
      if (outOfOrder) {
        throw new HttpProblem(
          'deadline_before_lower_level',
          `The deadline for units of kind ${outOfOrder.higher.unitKind} falls before the deadline for units of kind ${outOfOrder.lower.unitKind}, whose reports they gather.`,
        );
      }
      if (request.recurs && request.periodKind === 'custom') {
        throw new HttpProblem('period_not_recurring', 'A round of custom dates cannot recur.');
      }
      const dueByKind = new Map(request.deadlines.map((deadline) => [deadline.unitKind, deadline.dueOn]));
      const missingDeadline = request.units.kinds.find((kind) => !dueByKind.has(kind));
      if (missingDeadline) {
        throw new HttpProblem(
          'deadline_missing',
          `Give a deadline for the units of kind ${missingDeadline}.`,
        );
      }
      const publicId = await openRound({
        ...request,
        form,
        under,
        units: request.units,
        recurs: request.recurs === true,
        previousRoundId: null,
        actorAccountId: user.accountId,
      });
      return rounds.getRound(user, publicId);
    },

    async listRounds(user: SignedInUser) {
      const visibleWithin = subtreesWhere(user, 'plan.read');
      const rows = await repository.listRounds(visibleWithin);
      const deadlines = await repository.deadlinesOf(rows.map((row) => row.id));
      return {
        items: rows.map((row) => ({
          id: row.public_id,
          title: row.title,
          status: row.status,
          owner: { id: row.owner_public_id, name: row.owner_name, kind: row.owner_kind },
          form: { id: row.form_public_id, title: row.form_title, version: row.form_version },
          periodKind: row.period_kind,
          periodStart: row.period_start,
          periodEnd: row.period_end,
          targetYear: row.target_year,
          deadlines: deadlines
            .filter((deadline) => deadline.round_id === row.id)
            .map((deadline) => ({ unitKind: deadline.unit_kind, dueOn: deadline.due_on })),
          recurs: row.recurs === 1,
          previousRoundId: row.previous_round_public_id,
          nextRoundId: row.next_round_public_id,
          abilities: roundAbilities(user, row),
        })),
        total: rows.length,
      };
    },

    async getRound(user: SignedInUser, publicId: string): Promise<ReportingRound> {
      const { items } = await rounds.listRounds(user);
      const summary = items.find((item) => item.id === publicId);
      const round = summary ? await repository.findRound(publicId) : undefined;
      if (!summary || !round)
        throw notFound('There is no such reporting round, or it is not visible to you.');
      const counts = await repository.roundCounts(round.id);
      return {
        ...summary,
        counts: {
          expected: Number(counts.expected),
          submitted: Number(counts.submitted ?? 0),
          approved: Number(counts.approved ?? 0),
        },
      };
    },

    /** The round's raw data for the caller's part of the tree, one row per unit, streamed. */
    async exportRound(user: SignedInUser, roundPublicId: string, format: SpreadsheetFormat) {
      const summary = await rounds.getRound(user, roundPublicId);
      const round = await repository.findRound(roundPublicId);
      if (!round) throw notFound();
      const underPath =
        user.activeGrant?.role === 'system_admin' ? null : (user.activeGrant?.unitPath ?? null);
      return {
        fileName: `Số liệu ${summary.title}.${format}`,
        stream: await roundExport(exportReads, round, underPath, format),
      };
    },

    /**
     * Enters the outcome of a past round as it happened on paper (dates, statuses, values) and closes
     * it; the live workflow cannot, since its clock is now. Used for history and demo data.
     */
    async enterHistory(
      roundPublicId: string,
      closedAt: string,
      outcomeOf: (report: {
        unitId: number;
        parentUnitId: number | null;
        index: number;
      }) => HistoricalOutcome | null,
    ): Promise<void> {
      const round = await repository.findRound(roundPublicId);
      if (!round) throw notFound('There is no such reporting round.');
      const fields = await repository.fieldsOf(round.form_id, round.form_version);
      const reports = await repository.reportsOfRound(round.id);
      await db.transaction().execute(async (trx) => {
        for (const [index, report] of reports.entries()) {
          const outcome = outcomeOf({ unitId: report.unit_id, parentUnitId: report.parent_id, index });
          if (!outcome) continue;
          await repository.updateReport(trx, report, {
            status: outcome.status,
            submitted_at: outcome.submittedAt,
            late: outcome.late ? 1 : 0,
            approved_through_unit_id: outcome.approvedThroughUnitId,
            return_reason: outcome.returnReason,
            narrative_json: JSON.stringify(outcome.narrative),
            updated_at: outcome.submittedAt,
          });
          const rows = fields.flatMap((field, position) => {
            const stored = toStoredValue(field.type, outcome.valueOf(field.type, position));
            return 'problem' in stored ? [] : [{ report_id: report.id, field_id: field.id, ...stored }];
          });
          await repository.upsertValues(trx, rows, isReported(outcome.status));
        }
        await repository.closeRound(trx, round.id, closedAt);
      });
    },

    /** Reminds the units under the caller's unit that have not submitted in the round. */
    async nudge(user: SignedInUser, roundPublicId: string): Promise<{ notified: number }> {
      const round = await repository.findRound(roundPublicId);
      const grant = user.activeGrant;
      if (!round || !grant || !reviewsIn(user, round))
        throw notFound('There is no such reporting round, or you do not review units in it.');
      if (round.status !== 'open')
        throw new HttpProblem('round_closed', 'The round is closed: its reports are no longer awaited.');
      if (!roundAbilities(user, round).remind) throw forbidden('A school has no units below it to remind.');
      return { notified: await reminders.nudge(round.id, round.public_id, grant.unitPath) };
    },

    /**
     * A round and the unit whose subtree a roll-up or dashboard looks at (the round owner when none
     * is named), if the caller may see that subtree.
     */
    async visibleScope(user: SignedInUser, roundPublicId: string, unitPublicId: string | undefined) {
      // Both looked up at once when the unit is named: every roll-up and dashboard request starts here.
      // The round's row carries its owner, the unit looked at when none is named.
      const [round, namedUnit] = await Promise.all([
        repository.findRound(roundPublicId),
        unitPublicId === undefined ? undefined : repository.findUnit(unitPublicId),
      ]);
      const unit = round && (unitPublicId === undefined ? ownerOf(round) : namedUnit);
      const visible =
        round && unit && (reportPolicy.read(user, unit.path) || reportPolicy.manageRounds(user, unit.path));
      if (!round || !unit || !visible)
        throw notFound('There is no such round or unit, or it is not visible to you.');
      return { round, unit };
    },

    /** Live roll-up of every field of the round over a subtree (see `ReportingRepository['rollup']`). */
    async rollup(
      user: SignedInUser,
      roundPublicId: string,
      unitPublicId: string | undefined,
      options: { withPredecessors: boolean } = { withPredecessors: false },
    ): Promise<Rollup> {
      const { round, unit } = await this.visibleScope(user, roundPublicId, unitPublicId);
      const rows = await repository.rollup(round, {
        kind: 'subtree',
        underPath: unit.path,
        withPredecessors: options.withPredecessors,
      });
      return {
        round: round.public_id,
        unit: { id: unit.public_id, name: unit.name, kind: unit.kind },
        indicators: rows.map(toRollupIndicator),
      };
    },
  };
  const lifecycle = createRoundLifecycle({
    db,
    repository,
    audit,
    clock,
    jobs,
    openRound,
    getRound: (user, publicId) => rounds.getRound(user, publicId),
  });
  return { ...forms, ...reports, ...rounds, ...lifecycle };
}

export type ReportingService = ReturnType<typeof createReportingService>;
