import type { Kysely } from 'kysely';
import type { Database } from '../../src/server/core/db/schema.js';
import { endpointBenchmark } from '../support/endpoint-benchmark.js';

/** Seed plan 004: Kế hoạch 316/KH-SGDĐT of Sở GD&ĐT Quảng Ngãi. */
async function seedPlan004(db: Kysely<Database>): Promise<string> {
  const plan = await db
    .selectFrom('plans as p')
    .innerJoin('org_units as issuer', 'issuer.id', 'p.issuer_unit_id')
    .select('p.public_id')
    .where('issuer.code', '=', 'SGD-51')
    .where('p.number', '=', 316)
    .executeTakeFirstOrThrow();
  return plan.public_id;
}

/** The official document of seed plan 004 as PDF or DOCX, rendered on every request. */
const documentBenchmark = (format: 'pdf' | 'docx') =>
  endpointBenchmark({
    name: `document.${format}`,
    account: 'admin',
    path: async (db) => `/api/plans/${await seedPlan004(db)}/document?format=${format}`,
    requests: 20,
    connections: 1,
  });

export const documentPdf = documentBenchmark('pdf');
export const documentDocx = documentBenchmark('docx');
