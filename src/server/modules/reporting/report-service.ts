import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type { NotificationContent } from '../../../contract/notification-content.js';
import { isReported } from '../../../contract/reporting/fields.js';
import type {
  Consolidation,
  Report,
  reportListQuerySchema,
  updateReportRequestSchema,
} from '../../../contract/reporting/reports.js';
import type { AuditWriter } from '../../core/audit/audit.js';
import { subtreesWhere } from '../../core/auth/access.js';
import type { SignedInUser } from '../../core/auth/signed-in-user.js';
import type { Clock } from '../../core/clock.js';
import type { Database } from '../../core/db/schema.js';
import { forbidden, HttpProblem, notFound, versionConflict } from '../../core/http/problem.js';
import { vietnamDateOf } from '../../core/vietnam-date.js';
import type { OfficialDocument } from '../documents/official-document.js';
import type { NotificationService } from '../notifications/service.js';
import type { AttachmentRepository } from './attachments/attachment-repository.js';
import { toAttachment } from './attachments/attachment-view.js';
import { consolidatedContent } from './consolidation.js';
import { isLate } from './deadline.js';
import { toStoredValue, valueProblemMessages } from './field-values.js';
import { reportPolicy } from './policy.js';
import { reportDocument } from './report-document.js';
import { approvedThroughOf, parseNarrative, toReport } from './report-view.js';
import type { ReportingRepository, ReportRow, ValueRow } from './repository.js';
import { nextReviewer, pathIds, previousApproval, reviewChain, reviewsReports } from './review-chain.js';

type ReportListQuery = z.infer<typeof reportListQuerySchema>;
type UpdateReportRequest = z.infer<typeof updateReportRequestSchema>;

const EDITABLE = new Set(['draft', 'returned']);

/**
 * One unit's report in a round: reading it, saving and submitting its content, and the review up the
 * chain of units (return, approve, withdraw an approval), with consolidation from the units below and
 * the report as an official document.
 */
export function createReportService(deps: {
  db: Kysely<Database>;
  repository: ReportingRepository;
  audit: AuditWriter;
  clock: Clock;
  notifications: NotificationService;
  attachments: AttachmentRepository;
}) {
  const { db, repository, audit, clock, notifications, attachments } = deps;

  /** Tells the people who fill a unit's report what happened to it. */
  async function notifyReporters(
    row: ReportRow,
    content: Extract<NotificationContent, { kind: 'report_returned' | 'report_approved' }>,
  ) {
    const reporters = await notifications.accountsWithRoleAt([row.unit_id], ['reporter', 'leader']);
    await notifications.notify(reporters, 'updates', () => ({ content, link: `/bao-cao/${row.public_id}` }));
  }

  async function chainOf(row: Pick<ReportRow, 'unit_path' | 'owner_unit_id'>) {
    const ancestors = await repository.unitsByIds(pathIds(row.unit_path));
    const owner = ancestors.find((unit) => unit.id === row.owner_unit_id);
    return owner ? reviewChain(row.unit_path, owner.path, ancestors) : [];
  }

  async function visibleReport(user: SignedInUser, publicId: string): Promise<ReportRow> {
    const row = await repository.findReport(publicId);
    if (!row || !reportPolicy.read(user, row.unit_path))
      throw notFound('There is no such report, or it is not visible to you.');
    return row;
  }

  async function abilitiesOf(user: SignedInUser, row: ReportRow): Promise<Report['abilities']> {
    const open = row.round_status === 'open';
    const underReview = row.status === 'submitted';
    // Only a report under review has a next reviewer, and only someone acting above its unit can be
    // it: the unit's own answers (a draft saved, a report submitted) need no read of the chain.
    const next =
      underReview && reportPolicy.mightReview(user, row.unit_path)
        ? nextReviewer(await chainOf(row), row.approved_through_unit_id)
        : null;
    return {
      edit: open && EDITABLE.has(row.status) && reportPolicy.fill(user, row.unit_id),
      submit: open && EDITABLE.has(row.status) && reportPolicy.submit(user, row.unit_id),
      // A closed round takes no new data, so a report returned then could never come back.
      return: open && underReview && next !== null && reportPolicy.review(user, next.id),
      approve: underReview && next !== null && reportPolicy.review(user, next.id),
      unapprove:
        row.approved_through_unit_id !== null && reportPolicy.review(user, row.approved_through_unit_id),
    };
  }

  async function present(user: SignedInUser, row: ReportRow): Promise<Report> {
    const [fields, content, evidence, abilities] = await Promise.all([
      repository.fieldsOf(row.form_id, row.form_version),
      repository.contentOf(row),
      attachments.attachmentsOf(row.id),
      abilitiesOf(user, row),
    ]);
    const byField = new Map(content.map((field) => [field.field_id, field]));
    return toReport(row, fields, byField, evidence.map(toAttachment), abilities);
  }

  /** The report if the caller may change its content now: a draft (or returned) report of their unit in an open round. */
  async function editableReport(user: SignedInUser, publicId: string): Promise<ReportRow> {
    const row = await visibleReport(user, publicId);
    if (!reportPolicy.fill(user, row.unit_id)) throw forbidden('Only the reporting unit edits its report.');
    if (row.round_status !== 'open') throw new HttpProblem('round_closed', 'The reporting round is closed.');
    if (!EDITABLE.has(row.status)) {
      throw new HttpProblem('report_locked', 'A submitted report cannot be changed unless it is returned.');
    }
    return row;
  }

  /**
   * The values and narrative a save would store, every field checked first: one refused value refuses
   * the whole save, with each refusal named by its field.
   */
  async function checkedContent(row: ReportRow, request: UpdateReportRequest) {
    const fields = await repository.fieldsOf(row.form_id, row.form_version);
    const byId = new Map(fields.map((field) => [field.public_id, field]));
    const errors: { path: string; message: string }[] = [];
    const values = Object.entries(request.values).flatMap(([fieldId, submitted]): ValueRow[] => {
      const field = byId.get(fieldId);
      if (!field) {
        errors.push({ path: `body.values.${fieldId}`, message: 'not a field of this report' });
        return [];
      }
      const stored = toStoredValue(field.type, submitted);
      if ('problem' in stored) {
        errors.push({ path: `body.values.${fieldId}`, message: valueProblemMessages[stored.problem] });
        return [];
      }
      return [{ report_id: row.id, field_id: field.id, ...stored }];
    });
    if (errors.length > 0) {
      throw new HttpProblem('invalid_report_values', 'Some values cannot be accepted; nothing was saved.', {
        errors,
      });
    }
    const narrative = { ...parseNarrative(row.narrative_json), ...request.narrative };
    return { values, narrative_json: JSON.stringify(narrative) };
  }

  async function reload(user: SignedInUser, publicId: string): Promise<Report> {
    return present(user, await visibleReport(user, publicId));
  }

  /**
   * Writes a report's values, then its row if it is still at the version read (false when someone
   * else's write came first, and the caller's transaction rolls the values back). Every write of a
   * report's content takes its locks in this order, values then row, so two writes of one report
   * wait for each other instead of deadlocking on PostgreSQL.
   */
  async function writeReport(
    trx: Transaction<Database>,
    row: ReportRow,
    values: ValueRow[],
    changes: Parameters<ReportingRepository['updateReport']>[2],
  ): Promise<boolean> {
    await repository.upsertValues(trx, values, isReported(row.status));
    return repository.updateReport(trx, row, changes);
  }

  /** Applies a workflow step if the report is still at the version read; a concurrent step loses with 409. */
  async function transition(
    user: SignedInUser,
    row: ReportRow,
    changes: Parameters<ReportingRepository['updateReport']>[2],
    event: { action: 'submitted' | 'returned' | 'approved' | 'unapproved'; reason?: string },
    /** Values saved in the same step, before the report moves on (a submission carrying its last changes). */
    values: ValueRow[] = [],
  ): Promise<Report> {
    const now = clock.now().toISOString();
    await db.transaction().execute(async (trx) => {
      await repository.insertEvent(trx, {
        report_id: row.id,
        action: event.action,
        actor_account_id: user.accountId,
        actor_unit_id: user.activeGrant?.unitId ?? null,
        reason: event.reason ?? null,
        at: now,
      });
      const applied = await writeReport(trx, row, values, {
        ...changes,
        updated_at: now,
        updated_by: user.accountId,
      });
      if (!applied)
        throw versionConflict(
          'Someone else acted on this report at the same moment; reload it to see what changed.',
        );
      await audit(trx, {
        actorAccountId: user.accountId,
        action: `report.${event.action}`,
        entityType: 'report',
        entityId: row.public_id,
        before: { status: row.status, approvedThrough: row.approved_through_unit_id },
        after: { ...changes, reason: event.reason },
      });
    });
    const about = {
      roundTitle: row.round_title,
      unitName: row.unit_name,
      reviewerName: user.activeGrant?.unitName ?? null,
    };
    if (event.action === 'returned') {
      await notifyReporters(row, { kind: 'report_returned', ...about, reason: event.reason ?? '' });
    } else if (event.action === 'approved') {
      await notifyReporters(row, { kind: 'report_approved', ...about });
    }
    // An approval names a unit known here only by id: read the report again to name it.
    if (changes.approved_through_unit_id != null) return reload(user, row.public_id);
    return present(user, {
      ...row,
      ...changes,
      version: row.version + 1,
      ...(changes.approved_through_unit_id === null && {
        approved_public_id: null,
        approved_name: null,
        approved_kind: null,
      }),
    });
  }

  return {
    async listReports(user: SignedInUser, query: ReportListQuery) {
      const reviewing = subtreesWhere(user, 'report.review');
      const filling = subtreesWhere(user, 'report.fill');
      const visibleWithin = reviewing === null || filling === null ? null : [...reviewing, ...filling];
      const round = query.round === undefined ? undefined : await repository.findRound(query.round);
      if (query.round !== undefined && !round) throw notFound('There is no such reporting round.');
      const acting = user.activeGrant;
      const actingAt = acting?.unitId;
      const reviews =
        acting !== null && reportPolicy.review(user, acting.unitId) && reviewsReports(acting.unitKind);
      if (query.reviewBy === 'me' && !reviews) return { items: [], total: 0 };
      const [rows, total] = await repository.listReports(
        {
          visibleWithin,
          roundId: round?.id,
          status: query.status,
          nextReviewerId: query.reviewBy === 'me' ? actingAt : undefined,
        },
        query.limit,
        query.offset,
      );
      return {
        items: rows.map((row) => ({
          id: row.public_id,
          status: row.status,
          late: row.late === 1,
          dueOn: row.due_on,
          submittedAt: row.submitted_at,
          approvedThrough: approvedThroughOf(row),
          unit: { id: row.unit_public_id, name: row.unit_name, kind: row.unit_kind },
          round: { id: row.round_public_id, title: row.round_title, status: row.round_status },
        })),
        total,
      };
    },

    getReport: (user: SignedInUser, publicId: string) => reload(user, publicId),

    /** For the parts of reporting built on a report (attachments, imports): the same visibility and editing rules. */
    readableReport: visibleReport,
    editableReport,

    /** Saves values and narrative of a draft; every field is checked, and nothing is saved if one fails. */
    async updateReport(user: SignedInUser, publicId: string, request: UpdateReportRequest): Promise<Report> {
      const row = await editableReport(user, publicId);
      const { values, narrative_json } = await checkedContent(row, request);
      await db.transaction().execute(async (trx) => {
        const applied = await writeReport(trx, { ...row, version: request.version }, values, {
          narrative_json,
          updated_at: clock.now().toISOString(),
          updated_by: user.accountId,
        });
        if (!applied) {
          throw versionConflict(
            'A colleague saved this report meanwhile; reload it to see their changes, then enter yours again.',
          );
        }
      });
      return present(user, { ...row, narrative_json, version: request.version + 1 });
    },

    /**
     * Submits the report, with the changes typed since its last save when they are sent along: those
     * are checked and saved in the submission's own step, so either both happen or neither does.
     */
    async submit(user: SignedInUser, publicId: string, unsaved?: UpdateReportRequest): Promise<Report> {
      const row = await visibleReport(user, publicId);
      if (!reportPolicy.submit(user, row.unit_id))
        throw forbidden('Only the reporting unit submits its report.');
      if (unsaved && !reportPolicy.fill(user, row.unit_id))
        throw forbidden('Only the reporting unit edits its report.');
      if (row.round_status !== 'open')
        throw new HttpProblem('round_closed', 'The reporting round is closed.');
      if (!EDITABLE.has(row.status))
        throw new HttpProblem('report_locked', 'This report has already been submitted.');
      const content = unsaved && (await checkedContent(row, unsaved));
      const now = clock.now();
      return transition(
        user,
        unsaved ? { ...row, version: unsaved.version } : row,
        {
          status: 'submitted',
          submitted_at: now.toISOString(),
          late: isLate(now, row.due_on) ? 1 : 0,
          return_reason: null,
          ...(content && { narrative_json: content.narrative_json }),
        },
        { action: 'submitted' },
        content?.values,
      );
    },

    async returnReport(user: SignedInUser, publicId: string, reason: string): Promise<Report> {
      const row = await visibleReport(user, publicId);
      const next = nextReviewer(await chainOf(row), row.approved_through_unit_id);
      if (row.status !== 'submitted' || !next)
        throw new HttpProblem('report_not_under_review', 'Only a submitted report can be returned.');
      if (!reportPolicy.review(user, next.id))
        throw forbidden('This report is reviewed by another level now.');
      if (row.round_status !== 'open')
        throw new HttpProblem(
          'round_closed',
          'The round is closed: a returned report could not be sent again.',
        );
      return transition(
        user,
        row,
        { status: 'returned', approved_through_unit_id: null, return_reason: reason },
        { action: 'returned', reason },
      );
    },

    /** Approves at the next level up; the top level's approval makes the report approved. */
    async approve(user: SignedInUser, publicId: string): Promise<Report> {
      const row = await visibleReport(user, publicId);
      // A colleague at the same level approved a moment before: the same race as a version conflict.
      const approvedByOwnLevel =
        row.approved_through_unit_id !== null && reportPolicy.review(user, row.approved_through_unit_id);
      const alreadyApproved = () =>
        versionConflict('Your level has already approved this report; there is nothing left for it to do.');
      const chain = await chainOf(row);
      const next = nextReviewer(chain, row.approved_through_unit_id);
      if (row.status !== 'submitted' || !next) {
        if (row.status === 'approved' && approvedByOwnLevel) throw alreadyApproved();
        throw new HttpProblem('report_not_under_review', 'This report is not waiting for an approval.');
      }
      if (!reportPolicy.review(user, next.id)) {
        if (approvedByOwnLevel) throw alreadyApproved();
        throw forbidden('This report waits for the approval of the level below yours, or of another unit.');
      }
      const last = nextReviewer(chain, next.id) === null;
      return transition(
        user,
        row,
        { status: last ? 'approved' : 'submitted', approved_through_unit_id: next.id },
        { action: 'approved' },
      );
    },

    async unapprove(user: SignedInUser, publicId: string, reason: string): Promise<Report> {
      const row = await visibleReport(user, publicId);
      if (row.approved_through_unit_id === null)
        throw new HttpProblem('report_not_under_review', 'This report has no approval to withdraw.');
      if (!reportPolicy.review(user, row.approved_through_unit_id))
        throw forbidden('Only the level that approved can withdraw its approval.');
      const below = previousApproval(await chainOf(row), row.approved_through_unit_id);
      return transition(
        user,
        row,
        { status: 'submitted', approved_through_unit_id: below?.id ?? null },
        { action: 'unapproved', reason },
      );
    },

    /**
     * Pre-fills a unit's own draft with the roll-up of its approved subordinate reports and their
     * narratives gathered unit by unit (see consolidation.ts), like a save carrying `version`.
     */
    async consolidate(user: SignedInUser, publicId: string, version: number): Promise<Consolidation> {
      const row = await visibleReport(user, publicId);
      if (!reportPolicy.fill(user, row.unit_id))
        throw forbidden('Only the unit itself consolidates into its report.');
      if (row.round_status !== 'open')
        throw new HttpProblem('round_closed', 'The reporting round is closed.');
      if (!EDITABLE.has(row.status)) {
        throw new HttpProblem('report_locked', 'A submitted report cannot be changed unless it is returned.');
      }
      const scope = { kind: 'subordinates', of: { id: row.unit_id, path: row.unit_path } } as const;
      const round = {
        id: row.round_id,
        form_id: row.form_id,
        form_version: row.form_version,
        target_year: row.target_year,
      };
      const [fields, rollup, subordinates] = await Promise.all([
        repository.fieldsOf(row.form_id, row.form_version),
        repository.rollup(round, scope),
        repository.approvedSubordinates(row.round_id, scope),
      ]);
      const textFields = new Set(fields.filter((field) => field.type === 'text').map((field) => field.id));
      const texts =
        textFields.size === 0
          ? []
          : (await repository.valuesOfReports(subordinates.map((report) => report.id))).filter((value) =>
              textFields.has(value.field_id),
            );
      const consolidated = consolidatedContent({
        fields,
        rollup,
        subordinates,
        texts,
        narrative: parseNarrative(row.narrative_json),
      });
      await db.transaction().execute(async (trx) => {
        const applied = await writeReport(
          trx,
          { ...row, version },
          consolidated.values.map(({ field_id, stored }) => ({ report_id: row.id, field_id, ...stored })),
          {
            narrative_json: JSON.stringify(consolidated.narrative),
            updated_at: clock.now().toISOString(),
            updated_by: user.accountId,
          },
        );
        if (!applied) {
          throw versionConflict(
            'A colleague saved this report meanwhile; reload it, then consolidate again.',
          );
        }
        await audit(trx, {
          actorAccountId: user.accountId,
          action: 'report.consolidated',
          entityType: 'report',
          entityId: row.public_id,
          after: { included: consolidated.summary.included, notApproved: consolidated.summary.notApproved },
        });
      });
      return { report: await reload(user, publicId), summary: consolidated.summary };
    },

    /** The report as an official BÁO CÁO, for anyone who may read it. */
    async reportDocument(user: SignedInUser, publicId: string): Promise<OfficialDocument> {
      const row = await visibleReport(user, publicId);
      const [report, ancestors] = await Promise.all([
        present(user, row),
        repository.unitsByIds(pathIds(row.unit_path)),
      ]);
      const byId = new Map(ancestors.map((unit) => [unit.id, unit]));
      const owner = byId.get(row.owner_unit_id);
      const reviewer = owner ? reviewChain(row.unit_path, owner.path, ancestors)[0] : undefined;
      return reportDocument(report, {
        ancestors: pathIds(row.unit_path).flatMap((id) => byId.get(id) ?? []),
        reviewer: reviewer?.name ?? null,
        submittedOn:
          row.submitted_at && isReported(row.status) ? vietnamDateOf(new Date(row.submitted_at)) : null,
      });
    },
  };
}

export type ReportService = ReturnType<typeof createReportService>;
