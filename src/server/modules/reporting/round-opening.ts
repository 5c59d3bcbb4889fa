import type { Kysely } from 'kysely';
import type { OrgUnitKind, SchoolLevel } from '../../../contract/org.js';
import type { PeriodKind } from '../../../contract/reporting/fields.js';
import type { AuditWriter } from '../../core/audit/audit.js';
import type { Clock } from '../../core/clock.js';
import type { Database } from '../../core/db/schema.js';
import { isUniqueViolation } from '../../core/db/unique-violation.js';
import { HttpProblem } from '../../core/http/problem.js';
import { newPublicId } from '../../core/ids.js';
import { vietnamToday } from '../../core/vietnam-date.js';
import type { NotificationService } from '../notifications/service.js';
import { emptyNarrative } from './report-view.js';
import type { ReportingRepository } from './repository.js';

export interface RoundToOpen {
  form: { id: number; current_version: number; owner_unit_id: number };
  under: { id: number; path: string };
  units: { kinds: OrgUnitKind[]; schoolLevels?: SchoolLevel[] };
  title: string;
  periodKind: PeriodKind;
  periodStart: string;
  periodEnd: string;
  targetYear: number;
  deadlines: { unitKind: OrgUnitKind; dueOn: string }[];
  recurs: boolean;
  /** The round of the period before, when this one repeats it. */
  previousRoundId: number | null;
  /** Null when the round opens by itself for a new period. */
  actorAccountId: number | null;
}

export const alreadyRepeated = () =>
  new HttpProblem('round_already_repeated', 'The round of the next period has already been opened.');

/**
 * Opens a round at the form's latest version: one report per expected unit, each with the deadline
 * of its level, and tells the units' reporters. Rounds opened by hand and by recurrence go through here.
 */
export function createRoundOpener(deps: {
  db: Kysely<Database>;
  repository: ReportingRepository;
  audit: AuditWriter;
  clock: Clock;
  notifications: NotificationService;
}) {
  const { db, repository, audit, clock, notifications } = deps;

  return async function openRound(round: RoundToOpen): Promise<string> {
    const dueByKind = new Map(round.deadlines.map((deadline) => [deadline.unitKind, deadline.dueOn]));
    const publicId = newPublicId();
    const now = clock.now().toISOString();
    const expectedUnits = await db
      .transaction()
      .execute(async (trx) => {
        const { id: roundId } = await repository.insertRound(trx, {
          public_id: publicId,
          form_id: round.form.id,
          form_version: round.form.current_version,
          owner_unit_id: round.form.owner_unit_id,
          title: round.title,
          period_kind: round.periodKind,
          period_start: round.periodStart,
          period_end: round.periodEnd,
          target_year: round.targetYear,
          status: 'open',
          recurs: round.recurs ? 1 : 0,
          previous_round_id: round.previousRoundId,
          units_under_id: round.under.id,
          unit_kinds_json: JSON.stringify(round.units.kinds),
          school_levels_json: round.units.schoolLevels ? JSON.stringify(round.units.schoolLevels) : null,
          created_by: round.actorAccountId,
          created_at: now,
        });
        await repository.insertDeadlines(trx, roundId, round.deadlines);
        const units = await repository.selectReportingUnits(trx, {
          underPath: round.under.path,
          kinds: round.units.kinds,
          schoolLevels: round.units.schoolLevels,
          on: vietnamToday(clock),
        });
        const narrative = emptyNarrative();
        await repository.insertReports(
          trx,
          units.map((unit) => ({
            public_id: newPublicId(),
            round_id: roundId,
            unit_id: unit.id,
            status: 'draft' as const,
            due_on: dueByKind.get(unit.kind) as string,
            narrative_json: narrative,
            updated_at: now,
          })),
        );
        const { form, under, actorAccountId, ...opened } = round;
        await audit(trx, {
          actorAccountId,
          action: 'reporting_round.opened',
          entityType: 'reporting_round',
          entityId: publicId,
          after: { ...opened, formVersion: form.current_version, expectedUnits: units.length },
        });
        return units;
      })
      .catch((error: unknown) => {
        // Only the round of a period already opened (by a colleague or another node) can collide.
        throw isUniqueViolation(error) ? alreadyRepeated() : error;
      });
    const dueByUnit = new Map(expectedUnits.map((unit) => [unit.id, dueByKind.get(unit.kind) as string]));
    const reporters = await notifications.accountsWithRoleAt([...dueByUnit.keys()], ['reporter', 'leader']);
    // Each person is told their own level's deadline (the earliest, for someone reporting at two levels)
    // and led to the round's reports they can see.
    const dueByAccount = new Map<number, string>();
    for (const reporter of reporters) {
      const due = dueByUnit.get(reporter.unit_id) as string;
      const earlier = dueByAccount.get(reporter.account_id);
      if (earlier === undefined || due < earlier) dueByAccount.set(reporter.account_id, due);
    }
    await notifications.notify(reporters, 'updates', (recipient) => ({
      content: {
        kind: 'round_opened',
        roundTitle: round.title,
        dueOn: dueByAccount.get(recipient.account_id) as string,
      },
      link: `/bao-cao?dot=${publicId}`,
    }));
    return publicId;
  };
}

export type RoundOpener = ReturnType<typeof createRoundOpener>;
