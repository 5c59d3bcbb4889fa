// The whole test suite, as `npm test` and CI run it: type check, lint, then every vitest project
// (unit, API on SQLite, API on PostgreSQL when TEST_DATABASE_URL is set, e2e when Chromium is installed).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function run(label, command, args) {
  process.stdout.write(`\n▶ ${label}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return result.status === 0;
}

const bin = (name) => join('node_modules', '.bin', name);

if (!run('type check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'])) process.exit(1);
if (!run('lint', bin('biome'), ['check', '.'])) process.exit(1);

if (!process.env.TEST_DATABASE_URL) {
  process.stdout.write('\nPostgreSQL tests skipped: TEST_DATABASE_URL is not set.\n');
}
if (!existsSync('/usr/bin/chromium')) {
  process.stdout.write(
    'e2e tests skipped: /usr/bin/chromium is not installed (apt-get install -y chromium).\n',
  );
}

const report = join(mkdtempSync(join(tmpdir(), 'mangxanh-test-')), 'vitest.json');
const passed = run('tests', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);

if (existsSync(report)) {
  const summary = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = summary.numPendingTests + summary.numTodoTests;
  process.stdout.write(
    `\nTests: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${skipped} skipped\n`,
  );
}
process.exit(passed ? 0 : 1);
