import { type Kysely, sql } from 'kysely';
import type { IndicatorMeasure } from '../../src/contract/plans/content.js';
import { fieldTypeOfMeasure } from '../../src/contract/reporting/fields.js';
import type { Database } from '../../src/server/core/db/schema.js';
import { foldForSearch } from '../../src/server/modules/org/search-text.js';
import { type Dialect, paddedPublicId, timestampConstant } from './dialect-sql.js';

export const INDICATORS_PER_PLAN = 40;
export const OPEN_ROUND_YEAR = 2026;
export const CURRENT_PLAN_NUMBER = 903;
const YEARS = [2022, 2023, 2024, 2025, 2026];
const MEASURES: IndicatorMeasure[] = ['percent_of_units', 'percent_of_people', 'count'];
const INDICATOR_STEMS = [
  'Cơ sở giáo dục ban hành quy chế bảo đảm an toàn thông tin',
  'Học sinh được hướng dẫn kỹ năng ứng xử an toàn trên không gian mạng',
  'Số buổi tuyên truyền, ngoại khóa về văn hóa ứng xử trên không gian mạng',
  'Cơ sở giáo dục sử dụng hồ sơ điện tử',
  'Giáo viên được bồi dưỡng năng lực số',
  'Số sự cố an toàn thông tin được phát hiện và xử lý',
  'Cơ sở giáo dục có kết nối Internet cáp quang',
  'Cha mẹ học sinh được hướng dẫn bảo vệ trẻ trên môi trường mạng',
];

/** Three successive ministry plans: each year's round measures the plan in force that year. */
const PLANS = [
  { number: 901, from: 2022, to: 2023, theme: 'ứng dụng công nghệ thông tin và chuyển đổi số' },
  { number: 902, from: 2024, to: 2025, theme: 'bảo đảm an toàn thông tin mạng' },
  {
    number: CURRENT_PLAN_NUMBER,
    from: 2026,
    to: 2030,
    theme: 'xây dựng văn hóa ứng xử trên không gian mạng',
  },
];

export interface GeneratedPlan {
  planId: number;
  number: number;
  formId: number;
  from: number;
  to: number;
}

async function insertPlan(
  db: Kysely<Database>,
  plan: (typeof PLANS)[number],
  issuer: { id: number },
  adminId: number,
  now: string,
): Promise<GeneratedPlan> {
  const title = `Kế hoạch ${plan.theme} trong ngành Giáo dục giai đoạn ${plan.from} - ${plan.to}`;
  const json = await db
    .selectFrom('plans')
    .select(['signer_json', 'sections_json', 'responsibilities_json', 'funding_json', 'reporting_json'])
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const { id: planId } = await db
    .insertInto('plans')
    .values({
      ...json,
      annexes_json: '[]',
      public_id: planPublicId(plan.number),
      issuer_unit_id: issuer.id,
      status: 'issued',
      type_name: 'KẾ HOẠCH',
      title,
      search_text: foldForSearch(`${plan.number} ${title}`),
      number: plan.number,
      symbol: 'KH-BGDĐT',
      number_year: plan.from - 1,
      place: 'Hà Nội',
      issued_on: `${plan.from - 1}-12-15`,
      period_start_year: plan.from,
      period_end_year: plan.to,
      school_year: 0,
      authority_line: null,
      archive_note: 'Lưu: VT, Cục KHCNTT.',
      created_by: adminId,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const { id: objectiveId } = await db
    .insertInto('plan_objectives')
    .values({ plan_id: planId, position: 0, kind: 'specific', text: `Mục tiêu cụ thể về ${plan.theme}` })
    .returning('id')
    .executeTakeFirstOrThrow();
  const indicators = Array.from({ length: INDICATORS_PER_PLAN }, (_, position) => ({
    plan_id: planId,
    objective_id: objectiveId,
    position,
    name: `${INDICATOR_STEMS[position % INDICATOR_STEMS.length]} (chỉ tiêu ${position + 1})`,
    measure: MEASURES[position % MEASURES.length] as IndicatorMeasure,
    computation: null,
  }));
  const indicatorRows = await db
    .insertInto('plan_indicators')
    .values(indicators)
    .returning(['id', 'position', 'measure', 'name'])
    .execute();
  const years = YEARS.filter((year) => year >= plan.from && year <= plan.to);
  await db
    .insertInto('plan_indicator_targets')
    .values(
      indicatorRows
        .filter((indicator) => indicator.measure !== 'count')
        .flatMap((indicator) =>
          years.map((year, index) => ({ indicator_id: indicator.id, year, value: 80 + 10 * index })),
        ),
    )
    .execute();
  const { id: formId } = await db
    .insertInto('report_forms')
    .values({
      public_id: `4${String(plan.number).padStart(25, '0')}`,
      plan_id: planId,
      owner_unit_id: issuer.id,
      title: `Báo cáo kết quả thực hiện ${title}`,
      current_version: 1,
      created_by: adminId,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('report_form_fields')
    .values(
      indicatorRows.map((indicator) => ({
        public_id: `3${String(plan.number * 100 + indicator.position).padStart(25, '0')}`,
        form_id: formId,
        form_version: 1,
        position: indicator.position,
        indicator_id: indicator.id,
        type: fieldTypeOfMeasure[indicator.measure],
        label: indicator.name,
        help: null,
      })),
    )
    .execute();
  return { planId, number: plan.number, formId, from: plan.from, to: plan.to };
}

/**
 * One report per school under `scopePath` in the round. A deterministic hash of unit and year decides
 * the outcome: in closed rounds 5 % never reported, 2 % were returned, the rest submitted (a seventh
 * of them late) and mostly approved; in the open round 45 % have submitted so far.
 */
async function insertReports(
  db: Kysely<Database>,
  dialect: Dialect,
  round: { id: number; year: number; open: boolean },
  scopePath: string,
  now: string,
) {
  const hash = sql<number>`((u.id * 7919 + ${sql.lit(round.year)} * 104729) % 1000)`;
  const missingBelow = round.open ? 550 : 50;
  const returnedBelow = round.open ? 550 : 70;
  const approvedFrom = round.open ? 850 : 200;
  const status = sql<string>`case when ${hash} < ${sql.lit(missingBelow)} then 'draft'
    when ${hash} < ${sql.lit(returnedBelow)} then 'returned'
    when ${hash} < ${sql.lit(approvedFrom)} then 'submitted' else 'approved' end`;
  const reported = sql`${hash} >= ${sql.lit(returnedBelow)}`;
  const late = sql<number>`case when ${reported} and ${hash} % 7 = 0 and ${sql.lit(round.open ? 0 : 1)} = 1
    then 1 else 0 end`;
  const submittedAt = sql`case when not (${reported}) then null
    when ${late} = 1 then ${timestampConstant(dialect, `${round.year}-12-04T02:00:00.000Z`)}
    else ${timestampConstant(dialect, `${round.year}-11-25T02:00:00.000Z`)} end`;
  await sql`insert into reports (public_id, round_id, unit_id, status, version, due_on, submitted_at,
      late, approved_through_unit_id, return_reason, narrative_json, updated_at)
    select ${paddedPublicId(dialect, '7', sql`u.id * 16 + ${sql.lit(round.year - 2020)}`)},
      ${sql.lit(round.id)}, u.id, ${status}, 1,
      ${dialect === 'postgres' ? sql`cast(${sql.lit(`${round.year}-12-01`)} as date)` : sql.lit(`${round.year}-12-01`)},
      ${submittedAt}, ${late},
      case when ${hash} >= ${sql.lit(approvedFrom)} then u.parent_id end,
      case when ${hash} >= ${sql.lit(missingBelow)} and ${hash} < ${sql.lit(returnedBelow)}
        then 'Bổ sung số liệu chỉ tiêu 2.' end,
      '{"results":"","limitations":"","proposals":""}',
      ${timestampConstant(dialect, now)}
    from org_units u
    where u.kind = 'school' and u.path >= ${scopePath} and u.path < ${`${scopePath}~`}
    order by u.id`.execute(db);
}

/**
 * The 40 values of every report that was handed in, from a hash of report and field: 82 % yes, shares
 * of 55–100 % of 20–500 people, counts up to 59, and 2 % of questions left unanswered.
 */
async function insertValues(db: Kysely<Database>, round: { id: number; formId: number }) {
  const hash = sql<number>`(((r.id % 65521) * 7919 + f.id * 104729) % 1000)`;
  const denominator = sql`(20 + ${hash} % 481)`;
  const numerator = sql`(${denominator} * (55 + ${hash} % 46) / 100)`;
  await sql`insert into report_values (report_id, field_id, value, numerator, denominator, text_value)
    select r.id, f.id,
      case f.type when 'yes_no' then case when ${hash} < 820 then 1 else 0 end
        when 'percent' then 100.0 * ${numerator} / ${denominator}
        else ${hash} % 60 end,
      case when f.type = 'percent' then ${numerator} end,
      case when f.type = 'percent' then ${denominator} end,
      null
    from reports r
    join report_form_fields f on f.form_id = ${sql.lit(round.formId)} and f.form_version = 1
    where r.round_id = ${sql.lit(round.id)} and r.status <> 'draft' and ${hash} >= 20`.execute(db);
}

/** Three plans of 40 indicators, their forms and five yearly rounds with every school's report; answers the plans. */
export async function generateReportingHistory(
  db: Kysely<Database>,
  dialect: Dialect,
  scopePath: string,
  progress: (step: string) => void,
): Promise<GeneratedPlan[]> {
  const now = new Date().toISOString();
  const ministry = await db
    .selectFrom('org_units')
    .select(['id'])
    .where('kind', '=', 'ministry')
    .executeTakeFirstOrThrow();
  const admin = await db
    .selectFrom('accounts')
    .select('id')
    .where('username', '=', 'admin')
    .executeTakeFirstOrThrow();
  const plans: GeneratedPlan[] = [];
  for (const plan of PLANS) plans.push(await insertPlan(db, plan, ministry, admin.id, now));
  for (const year of YEARS) {
    const plan = plans.find((candidate) => year >= candidate.from && year <= candidate.to) as GeneratedPlan;
    const open = year === OPEN_ROUND_YEAR;
    const { id } = await db
      .insertInto('reporting_rounds')
      .values({
        public_id: roundPublicId(year),
        form_id: plan.formId,
        form_version: 1,
        owner_unit_id: ministry.id,
        title: `Báo cáo kết quả năm ${year}`,
        period_kind: 'calendar_year',
        period_start: `${year}-01-01`,
        period_end: `${year}-12-31`,
        target_year: year,
        status: open ? 'open' : 'closed',
        created_by: admin.id,
        created_at: now,
        closed_at: open ? null : `${year + 1}-01-15T02:00:00.000Z`,
        recurs: 0,
        units_under_id: ministry.id,
        unit_kinds_json: JSON.stringify(['school']),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('round_deadlines')
      .values({ round_id: id, unit_kind: 'school', due_on: `${year}-12-01` })
      .execute();
    await insertReports(db, dialect, { id, year, open }, scopePath, now);
    await insertValues(db, { id, formId: plan.formId });
    progress(`round ${year}`);
  }
  return plans;
}

/** The public id of the generated ministry plan with this number. */
export const planPublicId = (number: number) => `6${String(number).padStart(25, '0')}`;

/** The public id of the yearly round of `year` (the open one is OPEN_ROUND_YEAR). */
export const roundPublicId = (year: number) => `2${String(year).padStart(25, '0')}`;
