import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';

/** How often the thread copies what the write-ahead log holds back into the database file. */
const CHECKPOINT_INTERVAL_MS = 200;

/** SQLite's own threshold, in log pages, restored if the thread ever stops on its own. */
const INLINE_CHECKPOINT_PAGES = 1000;

/**
 * The thread's whole program. It is evaluated rather than loaded from a file because the server ships
 * as one bundle; the driver's path comes resolved from here, so the working directory does not matter.
 */
const CHECKPOINT_LOOP = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driverPath);
const database = new Database(workerData.filename);
database.pragma('busy_timeout = 5000');
const timer = setInterval(() => database.pragma('wal_checkpoint(PASSIVE)'), workerData.intervalMs);
parentPort.once('message', () => {
  clearInterval(timer);
  database.close();
  parentPort.close();
});
`;

export interface SqliteCheckpointer {
  /** Stops the thread and closes its connection; the server's own connection closes after it. */
  stop(): Promise<void>;
}

/**
 * Moves SQLite's checkpoints off the thread that serves requests. Left to SQLite, a checkpoint (copying
 * the write-ahead log into the database file, then syncing the file) runs inside whichever commit
 * takes the log past 1,000 pages: under a stream of submissions that commit, and every request queued
 * behind it on the one JavaScript thread, waited for the copy and the disk. A passive checkpoint takes
 * no lock that writers or readers wait for, so on a thread of its own it runs beside them on the
 * machine's other core.
 */
export function startSqliteCheckpointer(database: BetterSqlite3.Database): SqliteCheckpointer {
  database.pragma('wal_autocheckpoint = 0');
  const worker = new Worker(CHECKPOINT_LOOP, {
    eval: true,
    workerData: {
      filename: database.name,
      driverPath: createRequire(import.meta.url).resolve('better-sqlite3'),
      intervalMs: CHECKPOINT_INTERVAL_MS,
    },
  });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  let stopping = false;
  // Should the thread stop on its own, commits checkpoint for themselves again rather than let the log grow.
  void exited.then(() => {
    if (!stopping && database.open) database.pragma(`wal_autocheckpoint = ${INLINE_CHECKPOINT_PAGES}`);
  });
  worker.on('error', (error) =>
    process.emitWarning(`SQLite checkpoints are back in the commits: their thread failed (${error.message})`),
  );
  return {
    stop: async () => {
      stopping = true;
      worker.postMessage('stop');
      await exited;
    },
  };
}
