import { type SqlBool, sql } from 'kysely';

/** `isReported` (contract/reporting/fields.ts) in SQL, for the report aliased `r`: submitted or approved. */
export const IS_REPORTED = sql<SqlBool>`r.status in ('submitted', 'approved')`;
