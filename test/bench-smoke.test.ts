import { describe, expect, it } from 'vitest';
import { runBenchmarks } from '../bench/suite.js';
import type { BenchResult } from '../bench/support/result.js';

const dialect = process.env.TEST_DIALECT === 'postgres' ? 'postgres' : 'sqlite';

/** The figures each benchmark must report; timings are not judged here, only that they exist. */
const expectedFigures: Record<string, (keyof BenchResult)[]> = {
  'startup.first': ['p50_ms'],
  startup: ['p50_ms', 'p95_ms', 'rss_mb'],
  'auth.sign-in': ['p50_ms', 'p95_ms', 'p99_ms'],
  'web.bundle.initial-js': ['size_kb'],
  'web.bundle.initial-css': ['size_kb'],
  'rollup.province': ['p50_ms', 'p95_ms', 'p99_ms', 'baseline_p95_ms', 'ratio'],
  'rollup.national': ['p50_ms', 'p95_ms', 'p99_ms', 'baseline_p95_ms', 'ratio'],
  'dashboard.department': ['p50_ms', 'p95_ms', 'p99_ms'],
  submit: ['p50_ms', 'p99_ms', 'throughput_per_s'],
  freshness: ['p50_ms', 'p95_ms'],
  'cascade.status': ['p50_ms', 'p95_ms', 'throughput_per_s'],
  'org.subtree': ['p50_ms', 'p95_ms', 'throughput_per_s'],
  'plans.list': ['p50_ms', 'p95_ms', 'throughput_per_s'],
  'export.xlsx': ['p50_ms', 'rss_mb'],
  'document.pdf': ['p50_ms', 'p95_ms'],
  'document.docx': ['p50_ms', 'p95_ms'],
};

describe(`the benchmark suite in smoke mode (small dataset, ${dialect})`, () => {
  it('runs every benchmark against the built app and each reports its figures', async () => {
    const results = await runBenchmarks(
      { scale: 'small', databases: [dialect], postgresAdminUrl: process.env.TEST_DATABASE_URL },
      [],
    );

    expect(results.map((result) => result.name).sort()).toEqual(Object.keys(expectedFigures).sort());
    for (const result of results) {
      for (const figure of expectedFigures[result.name] ?? []) {
        expect({ name: result.name, figure, value: result[figure] }).toEqual({
          name: result.name,
          figure,
          value: expect.any(Number),
        });
        expect(result[figure] as number).toBeGreaterThan(0);
      }
    }
    expect(
      results.filter((result) => result.database !== undefined).every((r) => r.database === dialect),
    ).toBe(true);
  }, 600_000);
});
