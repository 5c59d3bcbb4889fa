// `npm run bench [-- <name>…] [--scale small|province|national] [--database sqlite|postgres]`: runs the benchmarks against the built
// app on the scale's dataset (generated on first use), writes bench/results/latest.json and prints a
// table. PostgreSQL runs too when TEST_DATABASE_URL is set.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseScale } from './data/scale.js';
import { runBenchmarks } from './suite.js';
import type { BenchContext, BenchResult } from './support/result.js';

const argv = process.argv.slice(2);
const option = (name: string) => {
  const index = argv.indexOf(name);
  return index >= 0 ? argv[index + 1] : undefined;
};
const scale = parseScale(option('--scale'));
const names = argv.filter(
  (argument, index) => !argument.startsWith('--') && !argv[index - 1]?.startsWith('--'),
);
const postgresAdminUrl = process.env.TEST_DATABASE_URL;
const onlyDatabase = option('--database');
if (onlyDatabase !== undefined && onlyDatabase !== 'sqlite' && onlyDatabase !== 'postgres')
  throw new Error(`unknown database ${onlyDatabase}`);
const context: BenchContext = {
  scale,
  databases: onlyDatabase ? [onlyDatabase] : postgresAdminUrl ? ['sqlite', 'postgres'] : ['sqlite'],
  postgresAdminUrl,
};

const loadBefore = loadavg()[0] as number;
const machine = () => ({
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  memory_gb: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
  scale,
  date: new Date().toISOString(),
  // Other work on the machine skews every figure: the 1-minute load average at the start and now.
  load_average: [Math.round(loadBefore * 100) / 100, Math.round((loadavg()[0] as number) * 100) / 100],
});
// Written after every benchmark, so a long national run keeps what it measured if it is stopped.
const write = (results: BenchResult[]) =>
  writeFileSync('bench/results/latest.json', `${JSON.stringify({ machine: machine(), results }, null, 2)}\n`);
mkdirSync('bench/results', { recursive: true });
const results = await runBenchmarks(context, names, (line) => process.stdout.write(`${line}\n`), write);
console.table(results);
