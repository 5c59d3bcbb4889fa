import http from 'node:http';
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
 * Drives one GET with autocannon and answers each request's latency in milliseconds and the seconds
 * all took; any answer but 200 fails the benchmark, so a broken endpoint cannot pass for a fast one.
 * Each connection sends one request more than its share, whose latency is left out: autocannon opens
 * its connections afresh on every run and counts the opening in the first answer (3.6–8.3 ms against
 * 1.5–2 ms for a roll-up), which a browser pays once per visit, not once per request. The seconds, and
 * so the throughput, still include those first requests.
 */
export async function timeGets(options: LoadOptions): Promise<{ durations: number[]; seconds: number }> {
  const durations: number[] = [];
  const failures: number[] = [];
  const opened = new Set<unknown>();
  const startedAt = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { ...options, amount: options.amount + options.connections, method: 'GET', timeout: 60 },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (client, statusCode, _bytes, responseTime) => {
      if (statusCode !== 200) failures.push(statusCode);
      else if (opened.has(client)) durations.push(responseTime);
      else opened.add(client);
    });
  });
  if (failures.length > 0 || result.errors > 0 || durations.length === 0) {
    throw new Error(`${options.url}: answers ${failures.slice(0, 5).join(', ')}, ${result.errors} errors`);
  }
  return { durations, seconds: (performance.now() - startedAt) / 1000 };
}

/** Latency percentiles and throughput of one GET driven with autocannon (see `timeGets`). */
export async function loadGet(
  options: LoadOptions,
): Promise<Pick<BenchResult, 'p50_ms' | 'p95_ms' | 'p99_ms' | 'throughput_per_s'>> {
  const { durations, seconds } = await timeGets(options);
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

/**
 * Kept-alive connections for the benchmarks' own requests. Node's `fetch` spends two to three times
 * the CPU of a plain HTTP request on the client side (190–380 µs against 70–120 µs per request, measured
 * here), which on a 2-core machine is taken from the server under test and adds to every latency.
 */
const agent = new http.Agent({ keepAlive: true });

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT';
  headers?: Record<string, string>;
  body?: string;
}

/** Sends one request and fails on any answer but 200; answers the body as text. */
export function requestOk(url: string, options: RequestOptions = {}): Promise<string> {
  const method = options.method ?? 'GET';
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { agent, method, headers: options.headers, timeout: 60_000 },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          if (response.statusCode === 200) resolve(body);
          else reject(new Error(`${method} ${url}: ${response.statusCode} ${body}`));
        });
      },
    );
    request.on('error', reject);
    request.on('timeout', () => request.destroy(new Error(`${method} ${url}: no answer within 60 s`)));
    request.end(options.body);
  });
}
