import { type SqlBool, sql } from 'kysely';

/** `isReported` (contract/reporting/fields.ts) in SQL, for the report aliased `r`: submitted or approved. */
export const IS_REPORTED = sql<SqlBool>`r.status in ('submitted', 'approved')`;

/** `IS_REPORTED` as 1 or 0, to count reported reports or to weigh a report by whether it counts. */
export const REPORTED_AS_NUMBER = sql<number>`case when ${IS_REPORTED} then 1 else 0 end`;
