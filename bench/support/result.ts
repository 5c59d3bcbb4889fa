/** One line of bench/results/latest.json; fields that do not apply are left out. */
export interface BenchResult {
  name: string;
  database?: 'sqlite' | 'postgres';
  p50_ms?: number;
  p95_ms?: number;
  p99_ms?: number;
  throughput_per_s?: number;
  baseline_p95_ms?: number;
  ratio?: number;
  rss_mb?: number;
  size_kb?: number;
  note?: string;
}

export interface BenchContext {
  scale: 'small' | 'province' | 'national';
  databases: ('sqlite' | 'postgres')[];
  postgresAdminUrl: string | undefined;
}

export interface Benchmark {
  name: string;
  run(context: BenchContext): Promise<BenchResult[]>;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** p50, p95 and p99 of a list of durations in milliseconds. */
export function percentiles(durations: number[]): Pick<BenchResult, 'p50_ms' | 'p95_ms' | 'p99_ms'> {
  const sorted = [...durations].sort((a, b) => a - b);
  const at = (fraction: number) =>
    round(sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0);
  return { p50_ms: at(0.5), p95_ms: at(0.95), p99_ms: at(0.99) };
}

export const megabytes = (bytes: number) => round(bytes / 1024 / 1024);
export const kilobytes = (bytes: number) => round(bytes / 1024);
