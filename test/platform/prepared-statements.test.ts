import { type Kysely, sql, type Transaction } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/core/db/schema.js';
import { createTestDatabase, type TestDatabase, testDialect } from '../support/test-database.js';

type Executor = Kysely<Database> | Transaction<Database>;

/** The statements prepared on the transaction's connection, by their text. */
async function preparedTexts(trx: Executor): Promise<string[]> {
  const { rows } = await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(
    trx,
  );
  return rows.map((row) => row.statement);
}

const unitByCode = (trx: Executor, code: string) =>
  trx.selectFrom('org_units').select('id').where('code', '=', code).execute();

describe.runIf(testDialect === 'postgres')('statements on a PostgreSQL connection', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('prepares a parameterised statement once and runs it again by name', async () => {
    await database.handle.db.transaction().execute(async (trx) => {
      await unitByCode(trx, 'A');
      await unitByCode(trx, 'B');
      const texts = await preparedTexts(trx);
      const byCode = texts.filter((text) => text.includes('from "org_units" where "code" = $1'));
      expect(byCode).toHaveLength(1);
    });
  });

  it('does not prepare a statement without parameters', async () => {
    await database.handle.db.transaction().execute(async (trx) => {
      await sql`select count(*) from org_units`.execute(trx);
      expect((await preparedTexts(trx)).some((text) => text.includes('count(*) from org_units'))).toBe(false);
    });
  });

  it('keeps at most 500 statements per connection and runs later new ones unnamed', async () => {
    await database.handle.db.transaction().execute(async (trx) => {
      for (let length = 1; length <= 520; length += 1) {
        const codes = Array.from({ length }, (_, index) => `C${index}`);
        await trx.selectFrom('org_units').select('id').where('code', 'in', codes).execute();
      }
      const texts = await preparedTexts(trx);
      expect(texts.length).toBeLessThanOrEqual(500);
      expect(texts.some((text) => text.includes('$520)'))).toBe(false);
      expect(texts.some((text) => text.includes('"code" in ($1)'))).toBe(true);
    });
  });
});
