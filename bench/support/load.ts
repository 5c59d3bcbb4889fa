import autocannon from 'autocannon';
import { type BenchResult, percentiles } from './result.js';

export interface LoadOptions {
  url: string;
  headers?: Record<string, string>;
  /** Requests in flight at once. */
  connections: number;
  /** Requests in all. */
  amount: number;
}

/**
 * Drives one GET with autocannon and answers its latency percentiles and throughput; any answer
 * but 200 fails the benchmark, so a broken endpoint cannot pass for a fast one.
 */
export async function loadGet(
  options: LoadOptions,
): Promise<Pick<BenchResult, 'p50_ms' | 'p95_ms' | 'p99_ms' | 'throughput_per_s'>> {
  const durations: number[] = [];
  const failures: number[] = [];
  const startedAt = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ ...options, method: 'GET', timeout: 60 }, (error, finished) =>
      error ? reject(error) : resolve(finished),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === 200) durations.push(responseTime);
      else failures.push(statusCode);
    });
  });
  const seconds = (performance.now() - startedAt) / 1000;
  if (failures.length > 0 || result.errors > 0 || durations.length === 0) {
    throw new Error(`${options.url}: answers ${failures.slice(0, 5).join(', ')}, ${result.errors} errors`);
  }
  return {
    ...percentiles(durations),
    throughput_per_s: Math.round((durations.length / seconds) * 10) / 10,
  };
}

/** Runs `work` `times` times one after the other and answers each duration in milliseconds. */
export async function timeRepeatedly(times: number, work: () => Promise<unknown>): Promise<number[]> {
  const durations: number[] = [];
  for (let run = 0; run < times; run += 1) {
    const startedAt = performance.now();
    await work();
    durations.push(performance.now() - startedAt);
  }
  return durations;
}

/** Fetches and fails on any answer but 200; answers the body as text. */
export async function fetchOk(url: string, init: RequestInit = {}): Promise<string> {
  const response = await fetch(url, init);
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${body}`);
  return body;
}
