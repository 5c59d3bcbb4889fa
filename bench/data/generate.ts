// `npm run bench:data -- --scale national|province|small [--database sqlite|postgres]`: generates the
// benchmark dataset (both databases when TEST_DATABASE_URL is set and no --database is given).

import { ensureDataset } from './dataset.js';
import type { Dialect } from './dialect-sql.js';
import { parseScale } from './scale.js';

const argv = process.argv.slice(2);
const option = (name: string) => {
  const index = argv.indexOf(name);
  return index >= 0 ? argv[index + 1] : undefined;
};
const scale = parseScale(option('--scale'));
const postgresAdminUrl = process.env.TEST_DATABASE_URL;
const requested = option('--database');
if (requested !== undefined && requested !== 'sqlite' && requested !== 'postgres')
  throw new Error(`unknown database ${requested}`);
const dialects: Dialect[] = requested ? [requested] : postgresAdminUrl ? ['sqlite', 'postgres'] : ['sqlite'];
for (const dialect of dialects) {
  const url = await ensureDataset(scale, dialect, postgresAdminUrl);
  process.stdout.write(`${scale} dataset on ${dialect}: ${url.replace(/\/\/[^@]*@/, '//')}\n`);
}
