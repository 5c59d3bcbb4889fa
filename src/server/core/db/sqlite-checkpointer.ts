import type BetterSqlite3 from 'better-sqlite3';
import { startSqliteWorker } from './sqlite-worker.js';

/** How often the thread copies what the write-ahead log holds back into the database file. */
const CHECKPOINT_INTERVAL_MS = 200;

/**
 * Log pages past which the thread also makes the log start over. Under a steady stream of commits a
 * passive checkpoint never reaches the log's end, and SQLite starts the log over only after one that
 * did: without this the log grew by ~7 MB a second (187 MB after 25 s of 40-value upserts).
 */
const RESTART_ABOVE_PAGES = 4000;

/**
 * The commits' own checkpoints: only a fallback far past the thread's restart while the thread runs,
 * SQLite's default of 1,000 pages again if it stops.
 */
const FALLBACK_CHECKPOINT_PAGES = 4 * RESTART_ABOVE_PAGES;
const INLINE_CHECKPOINT_PAGES = 1000;

/**
 * The thread's whole program (see `startSqliteWorker`). A restart waits for the writer of the moment
 * (the busy timeout), then the next commit starts the log from its beginning.
 */
const CHECKPOINT_LOOP = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driverPath);
const database = new Database(workerData.filename);
database.pragma('busy_timeout = 5000');
const timer = setInterval(() => {
  const [{ log }] = database.pragma('wal_checkpoint(PASSIVE)');
  if (log > workerData.restartAbovePages) database.pragma('wal_checkpoint(RESTART)');
}, workerData.intervalMs);
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
 * machine's other core; only the occasional restart of a long log waits for the writer of the moment.
 */
export function startSqliteCheckpointer(database: BetterSqlite3.Database): SqliteCheckpointer {
  database.pragma(`wal_autocheckpoint = ${FALLBACK_CHECKPOINT_PAGES}`);
  const worker = startSqliteWorker(CHECKPOINT_LOOP, {
    filename: database.name,
    intervalMs: CHECKPOINT_INTERVAL_MS,
    restartAbovePages: RESTART_ABOVE_PAGES,
  });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  let stopping = false;
  // Should the thread stop on its own, commits checkpoint for themselves as SQLite has them do.
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
