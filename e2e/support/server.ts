import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The demo accounts' password in e2e runs (long and uncommon enough for the server's password rules). */
export const DEMO_PASSWORD = 'Kiem-thu-e2e-2025';

export interface RunningServer {
  baseUrl: string;
  /** The server's last lines of output: its warnings and errors. */
  recentOutput: () => string;
  stop: () => Promise<void>;
}

const STARTUP_TIMEOUT_MS = 30_000;
const KEPT_OUTPUT_CHARS = 20_000;

/** Keeps the tail of a child process's output, for the report of a failed test. */
function keepOutputTail(child: ChildProcess): () => string {
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-KEPT_OUTPUT_CHARS);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => tail;
}

function waitForListening(child: ChildProcess, output: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start in time:\n${output()}`)),
      STARTUP_TIMEOUT_MS,
    );
    const lookForAddress = () => {
      const listening = /listening on (http:\/\/\S+)/.exec(output());
      if (listening?.[1]) {
        clearTimeout(timer);
        resolve(listening[1]);
      }
    };
    child.stdout?.on('data', lookForAddress);
    child.stderr?.on('data', lookForAddress);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${output()}`));
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
  const recentOutput = keepOutputTail(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
    rmSync(dataDirectory, { recursive: true, force: true });
  };
  try {
    const baseUrl = await waitForListening(child, recentOutput);
    await waitForHealth(baseUrl);
    return { baseUrl, recentOutput, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
