// `npm run bench [-- <name>…] [--scale small|province|national]`: runs the benchmarks against the built
// app, writes bench/results/latest.json and prints a table. PostgreSQL runs too when TEST_DATABASE_URL is set.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { signIn } from './benchmarks/sign-in.js';
import { startup } from './benchmarks/startup.js';
import { webBundle } from './benchmarks/web-bundle.js';
import type { BenchContext, BenchResult } from './support/result.js';

const benchmarks = [startup, signIn, webBundle];

function parseArguments(argv: string[]) {
  const scaleIndex = argv.indexOf('--scale');
  const scale = (scaleIndex >= 0 ? argv[scaleIndex + 1] : 'national') as BenchContext['scale'];
  if (!['small', 'province', 'national'].includes(scale)) throw new Error(`unknown scale ${scale}`);
  const names = argv.filter((argument, index) => !argument.startsWith('--') && argv[index - 1] !== '--scale');
  const unknown = names.filter((name) => !benchmarks.some((benchmark) => benchmark.name === name));
  if (unknown.length > 0)
    throw new Error(
      `unknown benchmark ${unknown.join(', ')}; known: ${benchmarks.map((b) => b.name).join(', ')}`,
    );
  return { scale, names };
}

const { scale, names } = parseArguments(process.argv.slice(2));
const postgresAdminUrl = process.env.TEST_DATABASE_URL;
const context: BenchContext = {
  scale,
  databases: postgresAdminUrl ? ['sqlite', 'postgres'] : ['sqlite'],
  postgresAdminUrl,
};

const build = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const results: BenchResult[] = [];
for (const benchmark of benchmarks.filter(
  (candidate) => names.length === 0 || names.includes(candidate.name),
)) {
  process.stdout.write(`running ${benchmark.name}…\n`);
  results.push(...(await benchmark.run(context)));
}

const machine = {
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  memory_gb: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
  scale,
  date: new Date().toISOString(),
};
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', `${JSON.stringify({ machine, results }, null, 2)}\n`);
console.table(results);
