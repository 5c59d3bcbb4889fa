import type {
  Completeness,
  CompletenessCounts,
  IndicatorTrend,
  OutstandingReports,
  OutstandingState,
} from '../../../contract/reporting/dashboards.js';
import { isReported, type ReportStatus } from '../../../contract/reporting/fields.js';
import type { SpreadsheetFormat } from '../../../contract/spreadsheet.js';
import type { SignedInUser } from '../../core/auth/signed-in-user.js';
import type { Clock } from '../../core/clock.js';
import { vietnamToday } from '../../core/vietnam-date.js';
import type { NotificationService } from '../notifications/service.js';
import { completenessSheet, outstandingSheet } from './dashboard-export.js';
import type { DashboardRepository, UnitFilter } from './dashboard-repository.js';
import { FILLING_ROLES } from './reminders.js';
import type { ReportingRepository } from './repository.js';
import { aggregateOf } from './rollup-view.js';
import type { ReportingService } from './service.js';
import { hasCeiling } from './target-sql.js';

type Counts = Omit<CompletenessCounts, 'share'>;
/** Rows of the late and missing list read per query while it is written to a spreadsheet. */
const SHEET_PAGE_SIZE = 1000;
const COUNT_KEYS = ['expected', 'submitted', 'onTime', 'late', 'missing', 'approved'] as const;

const withShare = (counts: Counts): CompletenessCounts => ({
  ...counts,
  share: counts.expected === 0 ? null : Math.round((1000 * counts.submitted) / counts.expected) / 10,
});

const sumOf = (rows: Counts[]): Counts =>
  Object.fromEntries(
    COUNT_KEYS.map((key) => [key, rows.reduce((total, row) => total + row[key], 0)]),
  ) as unknown as Counts;

function stateOf(
  report: { status: ReportStatus; late: number; due_on: string },
  today: string,
): OutstandingState {
  if (isReported(report.status)) return 'late';
  return report.due_on < today ? 'missing' : 'pending';
}

/**
 * What a Sở, a commune or the ministry watches during a round: who has reported, on time or not, who
 * still owes a report, and how each indicator moved from year to year. The round and the subtree are
 * resolved, and their visibility checked, by the reporting service as for roll-ups.
 */
export function createDashboardService(deps: {
  repository: DashboardRepository;
  reportingRepository: ReportingRepository;
  reporting: ReportingService;
  notifications: NotificationService;
  clock: Clock;
}) {
  const { repository, reportingRepository, reporting, notifications, clock } = deps;
  const unitRef = (unit: { public_id: string; name: string; kind: Completeness['unit']['kind'] }) => ({
    id: unit.public_id,
    name: unit.name,
    kind: unit.kind,
  });

  async function outstandingPage(
    roundId: number,
    underPath: string,
    query: UnitFilter & { limit: number; offset: number },
  ): Promise<OutstandingReports> {
    const today = vietnamToday(clock);
    const { items, total } = await repository.outstanding(roundId, underPath, query, today, query);
    const contacts = await notifications.accountsWithRoleAt(
      [...new Set(items.map((item) => item.unit_id))],
      FILLING_ROLES,
    );
    const accountsPerUnit = new Map<number, Set<number>>();
    for (const contact of contacts) {
      accountsPerUnit.set(
        contact.unit_id,
        (accountsPerUnit.get(contact.unit_id) ?? new Set()).add(contact.account_id),
      );
    }
    return {
      items: items.map((item) => ({
        report: {
          id: item.public_id,
          status: item.status,
          dueOn: item.due_on,
          submittedAt: item.submitted_at,
        },
        unit: { id: item.unit_public_id, name: item.unit_name, kind: item.unit_kind },
        state: stateOf(item, today),
        contacts: accountsPerUnit.get(item.unit_id)?.size ?? 0,
      })),
      total,
    };
  }

  return {
    async completeness(
      user: SignedInUser,
      roundPublicId: string,
      query: UnitFilter & { unit?: string },
    ): Promise<Completeness> {
      const { round, unit } = await reporting.visibleScope(user, roundPublicId, query.unit);
      const rows = await repository.completenessByChild(round.id, unit, query, vietnamToday(clock));
      const children = rows.map((row) => {
        const counts: Counts = {
          expected: Number(row.expected),
          submitted: Number(row.submitted ?? 0),
          onTime: Number(row.on_time ?? 0),
          late: Number(row.late ?? 0),
          missing: Number(row.missing ?? 0),
          approved: Number(row.approved ?? 0),
        };
        return { unit: { ...unitRef(row), provinceCode: row.province_code }, ...withShare(counts) };
      });
      return {
        round: round.public_id,
        unit: { ...unitRef(unit), provinceCode: unit.province_code },
        children,
        total: withShare(sumOf(children)),
      };
    },

    async outstanding(
      user: SignedInUser,
      roundPublicId: string,
      query: UnitFilter & { unit?: string; limit: number; offset: number },
    ): Promise<OutstandingReports> {
      const { round, unit } = await reporting.visibleScope(user, roundPublicId, query.unit);
      return outstandingPage(round.id, unit.path, query);
    },

    /** The completeness table as a spreadsheet. */
    async completenessSheet(
      user: SignedInUser,
      roundPublicId: string,
      query: UnitFilter & { unit?: string; format: SpreadsheetFormat },
    ) {
      const completeness = await this.completeness(user, roundPublicId, query);
      return {
        fileName: `Tiến độ nộp báo cáo - ${completeness.unit.name}.${query.format}`,
        stream: completenessSheet(completeness, query.format),
      };
    },

    /** Every late or missing unit of the subtree as a spreadsheet, read a page at a time. */
    async outstandingSheet(
      user: SignedInUser,
      roundPublicId: string,
      query: UnitFilter & { unit?: string; format: SpreadsheetFormat },
    ) {
      const { round, unit } = await reporting.visibleScope(user, roundPublicId, query.unit);
      async function* pages() {
        for (let offset = 0; ; offset += SHEET_PAGE_SIZE) {
          const { items } = await outstandingPage(round.id, unit.path, {
            ...query,
            limit: SHEET_PAGE_SIZE,
            offset,
          });
          if (items.length > 0) yield items;
          if (items.length < SHEET_PAGE_SIZE) return;
        }
      }
      return {
        fileName: `Đơn vị chậm, chưa nộp - ${unit.name}.${query.format}`,
        stream: outstandingSheet(pages(), query.format),
      };
    },

    /** Each plan indicator of the round's form across the rounds of its lineage, value against target. */
    async trend(
      user: SignedInUser,
      roundPublicId: string,
      query: UnitFilter & { unit?: string },
    ): Promise<IndicatorTrend> {
      const { round, unit } = await reporting.visibleScope(user, roundPublicId, query.unit);
      const fields = (await reportingRepository.fieldsOf(round.form_id, round.form_version)).filter(
        (field) => field.indicator_id !== null && field.type !== 'text',
      );
      const lineage = { form_id: round.form_id, plan_id: round.form_plan_id };
      const indicatorIds = fields.map((field) => field.indicator_id as number);
      // The whole subtree is in the roll-up cells; a filter by kind or level, or a unit without cells
      // (a school reporting alone), is summed from the values.
      const fromCells =
        query.kind === undefined && query.schoolLevel === undefined
          ? await repository.trendFromCells(lineage, indicatorIds, unit)
          : [];
      const rows =
        fromCells.length > 0 ? fromCells : await repository.trend(lineage, indicatorIds, unit.path, query);
      const rounds = new Map(
        rows.map((row) => [
          row.round_public_id,
          {
            id: row.round_public_id,
            title: row.round_title,
            targetYear: row.target_year,
            status: row.round_status,
          },
        ]),
      );
      return {
        unit: unitRef(unit),
        rounds: [...rounds.values()],
        indicators: fields.map((field) => ({
          indicatorId: field.public_id,
          label: field.label,
          type: field.type,
          points: rows
            .filter((row) => row.indicator_id === field.indicator_id)
            .map((row) => ({
              round: row.round_public_id,
              targetYear: row.target_year,
              value: aggregateOf(row).value,
              target: row.target === null ? null : Number(row.target),
              targetIsCeiling: hasCeiling(row),
            })),
        })),
      };
    },
  };
}

export type DashboardService = ReturnType<typeof createDashboardService>;
