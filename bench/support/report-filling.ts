import { type Kysely, sql } from 'kysely';
import type { DatabaseHandle } from '../../src/server/core/db/database.js';
import type { Database } from '../../src/server/core/db/schema.js';
import { createReportingRepository } from '../../src/server/modules/reporting/repository.js';
import { OPEN_ROUND_YEAR, roundPublicId } from '../data/reporting-history.js';
import { requestOk } from './load.js';
import type { BenchSession } from './sessions.js';

export interface DraftReport {
  id: number;
  publicId: string;
  version: number;
}

export type EnteredValue = boolean | number | { numerator: number; denominator: number };

/** The open round's draft report of each unit, in the order of the units given. */
export async function openDrafts(db: Kysely<Database>, unitIds: number[]): Promise<DraftReport[]> {
  const rows = await db
    .selectFrom('reports as r')
    .innerJoin('reporting_rounds as rr', 'rr.id', 'r.round_id')
    .select(['r.id', 'r.public_id', 'r.version', 'r.unit_id'])
    .where('rr.public_id', '=', roundPublicId(OPEN_ROUND_YEAR))
    .where('r.unit_id', 'in', unitIds)
    .where('r.status', '=', 'draft')
    .execute();
  const byUnit = new Map(rows.map((row) => [row.unit_id, row]));
  return unitIds.flatMap((unitId) => {
    const row = byUnit.get(unitId);
    return row ? [{ id: row.id, publicId: row.public_id, version: row.version }] : [];
  });
}

/** An answer to every field of the open round's form (40 values), as a school enters them. */
export async function fortyValues(db: Kysely<Database>): Promise<Record<string, EnteredValue>> {
  const fields = await db
    .selectFrom('report_form_fields as f')
    .innerJoin('reporting_rounds as rr', (join) =>
      join.onRef('rr.form_id', '=', 'f.form_id').onRef('rr.form_version', '=', 'f.form_version'),
    )
    .select(['f.public_id', 'f.type', 'f.position'])
    .where('rr.public_id', '=', roundPublicId(OPEN_ROUND_YEAR))
    .execute();
  return Object.fromEntries(
    fields.map((field): [string, EnteredValue] => {
      if (field.type === 'yes_no') return [field.public_id, field.position % 2 === 0];
      if (field.type === 'percent') return [field.public_id, { numerator: 180, denominator: 240 }];
      return [field.public_id, 12 + field.position];
    }),
  );
}

/**
 * Submits the report with its values, as the reporter's browser does when the answers were typed just
 * before pressing "Nộp báo cáo": the values travel with the submission, carrying the version read.
 */
export async function fillAndSubmit(
  baseUrl: string,
  session: BenchSession,
  report: DraftReport,
  values: Record<string, EnteredValue>,
): Promise<void> {
  await requestOk(`${baseUrl}/api/reports/${report.publicId}/submit`, {
    method: 'POST',
    headers: { ...session.headers, 'content-type': 'application/json' },
    body: JSON.stringify({ version: report.version, values }),
  });
}

/** Puts the reports back as the generator left them, so the dataset serves the next run unchanged. */
export async function resetToDrafts({ db, dialect }: DatabaseHandle, reports: DraftReport[]): Promise<void> {
  const ids = reports.map((report) => report.id);
  if (ids.length === 0) return;
  await db.transaction().execute(async (trx) => {
    await createReportingRepository(db).shiftReportedCells(trx, ids, -1);
    await trx.deleteFrom('report_values').where('report_id', 'in', ids).execute();
    await trx.deleteFrom('report_events').where('report_id', 'in', ids).execute();
    await trx
      .updateTable('reports')
      .set({ status: 'draft', submitted_at: null, late: 0, version: 1 })
      .where('id', 'in', ids)
      .execute();
  });
  // The run's writes and this reset leave dead rows behind. Where autovacuum is off or slow to come
  // round, they slowed every later run's writes: submit on PostgreSQL fell from 95 to 42/s in five runs.
  if (dialect === 'postgres') {
    await sql`vacuum analyze reports, report_values, report_events, rollup_cells, rollup_cell_changes`.execute(
      db,
    );
  }
}
