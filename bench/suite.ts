import { cascadeStatus } from './benchmarks/cascade-status.js';
import { dashboardDepartment } from './benchmarks/dashboard-department.js';
import { documentDocx, documentPdf } from './benchmarks/documents.js';
import { exportXlsx } from './benchmarks/export-xlsx.js';
import { freshness } from './benchmarks/freshness.js';
import { orgSubtree } from './benchmarks/org-subtree.js';
import { plansList } from './benchmarks/plans-list.js';
import { rollupNational, rollupProvince } from './benchmarks/rollup.js';
import { signIn } from './benchmarks/sign-in.js';
import { startup } from './benchmarks/startup.js';
import { submit } from './benchmarks/submit.js';
import { webBundle } from './benchmarks/web-bundle.js';
import { ensureBuilt } from './support/build.js';
import type { BenchContext, BenchResult } from './support/result.js';

export const benchmarks = [
  startup,
  signIn,
  webBundle,
  rollupProvince,
  rollupNational,
  dashboardDepartment,
  submit,
  freshness,
  cascadeStatus,
  orgSubtree,
  plansList,
  exportXlsx,
  documentPdf,
  documentDocx,
];

/**
 * Runs the named benchmarks (all when none is named) in the suite's order against the built app;
 * `measured` hears the results gathered so far after each benchmark.
 */
export async function runBenchmarks(
  context: BenchContext,
  names: string[],
  log: (line: string) => void = () => {},
  measured: (results: BenchResult[]) => void = () => {},
): Promise<BenchResult[]> {
  const unknown = names.filter((name) => !benchmarks.some((benchmark) => benchmark.name === name));
  if (unknown.length > 0)
    throw new Error(
      `unknown benchmark ${unknown.join(', ')}; known: ${benchmarks.map((b) => b.name).join(', ')}`,
    );
  ensureBuilt();
  const results: BenchResult[] = [];
  for (const benchmark of benchmarks.filter(
    (candidate) => names.length === 0 || names.includes(candidate.name),
  )) {
    log(`running ${benchmark.name}…`);
    results.push(...(await benchmark.run(context)));
    measured(results);
  }
  return results;
}
