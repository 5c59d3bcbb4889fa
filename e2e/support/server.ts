import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The demo accounts' password in e2e runs (long and uncommon enough for the server's password rules). */
export const DEMO_PASSWORD = 'Kiem-thu-e2e-2025';

export interface RunningServer {
  baseUrl: string;
  stop: () => Promise<void>;
}

const STARTUP_TIMEOUT_MS = 30_000;

function waitForListening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`server did not start in time:\n${output}`)),
      STARTUP_TIMEOUT_MS,
    );
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /listening on (http:\/\/\S+)/.exec(output);
      if (listening?.[1]) {
        clearTimeout(timer);
        resolve(listening[1]);
      }
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${output}`));
    });
  });
}

async function waitForHealth(baseUrl: string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const response = await fetch(`${baseUrl}/api/health`).catch(() => null);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${baseUrl}/api/health did not answer in time`);
}

/** Starts the built server on a free port with demo data in a fresh SQLite file. */
export async function startServer(): Promise<RunningServer> {
  const dataDirectory = mkdtempSync(join(tmpdir(), 'mangxanh-e2e-'));
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: join(dataDirectory, 'e2e.sqlite'),
      MANGXANH_DEMO: '1',
      MANGXANH_DEMO_PASSWORD: DEMO_PASSWORD,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
    rmSync(dataDirectory, { recursive: true, force: true });
  };
  try {
    const baseUrl = await waitForListening(child);
    await waitForHealth(baseUrl);
    return { baseUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
