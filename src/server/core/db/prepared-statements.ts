import { createHash } from 'node:crypto';
import type pg from 'pg';

/**
 * How many statements one connection keeps prepared. Statements over lists (`in ($1, …, $n)`) come in
 * as many texts as there are list lengths: past this many, new texts run unnamed, so the server's
 * memory for prepared statements stays bounded.
 */
const PREPARED_PER_CONNECTION = 500;

type Query = (...args: unknown[]) => unknown;

/**
 * Prepares each parameterised statement once per connection and reuses it, as pgJDBC and postgres.js
 * do by default: PostgreSQL then skips parsing it again and, from the sixth execution, plans it once
 * where a generic plan costs no more than the custom ones (its default `plan_cache_mode`). Statements
 * are named after their text, so the same text always reuses the same statement.
 */
export function prepareRepeatedStatements(client: pg.PoolClient): void {
  const prepared = new Set<string>();
  const query = client.query.bind(client) as Query;
  const namedQuery: Query = (text, values, ...rest) => {
    if (typeof text !== 'string' || !Array.isArray(values) || values.length === 0) {
      return query(text, values, ...rest);
    }
    const name = createHash('sha1').update(text).digest('base64');
    if (!prepared.has(name)) {
      if (prepared.size >= PREPARED_PER_CONNECTION) return query(text, values, ...rest);
      prepared.add(name);
    }
    return query({ name, text, values }, ...rest);
  };
  Object.assign(client, { query: namedQuery });
}
