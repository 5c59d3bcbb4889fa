import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export const BENCH_DEMO_PASSWORD = 'cau-rong-da-nang';

export interface AppProcess {
  child: ChildProcess;
  baseUrl: string;
  /** Milliseconds from spawning the process to the first 200 from /api/health. */
  startupMs: number;
  rssBytes(): number;
  stop(): Promise<void>;
}

/** Starts the built server (`dist/server/main.js`) as users run it, and waits until it is healthy. */
export async function startAppProcess(databaseUrl: string, port: number): Promise<AppProcess> {
  const startedAt = performance.now();
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      MANGXANH_DEMO: '1',
      MANGXANH_DEMO_PASSWORD: BENCH_DEMO_PASSWORD,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const healthy = await fetch(`${baseUrl}/api/health`)
      .then((response) => response.status === 200)
      .catch(() => false);
    if (healthy) break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const startupMs = performance.now() - startedAt;
  return {
    child,
    baseUrl,
    startupMs,
    rssBytes: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    },
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
