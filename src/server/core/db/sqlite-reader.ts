import {
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  type QueryResult,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import type { Database } from './schema.js';
import { startSqliteWorker } from './sqlite-worker.js';

/**
 * The thread's young generation. Each answer is garbage once posted; with V8's default the thread let
 * 30 MB of them build up between collections during a national export.
 */
const YOUNG_GENERATION_MB = 8;

/** Compiled statements the thread keeps; a full cache starts over. */
const CACHED_STATEMENTS = 100;

/** The thread's whole program (see `startSqliteWorker`): it answers each query with its rows, in order. */
const READ_LOOP = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driverPath);
const database = new Database(workerData.filename, { readonly: true, fileMustExist: true });
database.pragma('busy_timeout = 5000');
const statements = new Map();
parentPort.on('message', (request) => {
  if (request === 'stop') {
    database.close();
    parentPort.close();
    return;
  }
  try {
    let statement = statements.get(request.sql);
    if (!statement) {
      if (statements.size >= workerData.cachedStatements) statements.clear();
      statement = database.prepare(request.sql);
      statements.set(request.sql, statement);
    }
    if (!statement.reader) throw new Error('the reading thread runs queries that answer rows, not writes');
    parentPort.postMessage({ id: request.id, rows: statement.all(request.parameters) });
  } catch (error) {
    parentPort.postMessage({ id: request.id, error: { message: String(error?.message ?? error), code: error?.code } });
  }
});
`;

type Answer = { id: number; rows: unknown[] } | { id: number; error: { message: string; code?: string } };

/** An error of SQLite in the thread, with its code (SQLITE_BUSY, …) as the server's connection gives it. */
function sqliteError({ message, code }: { message: string; code?: string }): Error {
  return Object.assign(new Error(message), code === undefined ? {} : { code });
}

interface Pending {
  resolve(rows: unknown[]): void;
  reject(error: Error): void;
}

/** The thread and the queries it has been asked and not yet answered. */
function startReadingThread(filename: string) {
  const worker = startSqliteWorker(
    READ_LOOP,
    { filename, cachedStatements: CACHED_STATEMENTS },
    { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } },
  );
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let failure: Error | null = null;
  const failAll = (error: Error) => {
    failure ??= error;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  worker.on('message', (answer: Answer) => {
    const waiting = pending.get(answer.id);
    pending.delete(answer.id);
    if ('error' in answer) waiting?.reject(sqliteError(answer.error));
    else waiting?.resolve(answer.rows);
  });
  worker.on('messageerror', failAll);
  worker.on('error', (error) => {
    process.emitWarning(
      `The SQLite reading thread failed (${error.message}); the next export starts another`,
    );
    failAll(error);
  });
  const exited = new Promise<void>((resolve) =>
    worker.once('exit', () => {
      failAll(new Error('The SQLite reading thread has stopped.'));
      resolve();
    }),
  );
  return {
    /** Whether the thread has stopped answering, for good. */
    get failed() {
      return failure !== null;
    },
    query(sql: string, parameters: readonly unknown[]): Promise<unknown[]> {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        try {
          worker.postMessage({ id, sql, parameters });
        } catch (error) {
          pending.delete(id);
          reject(error);
        }
      });
    },
    async stop() {
      worker.postMessage('stop');
      await exited;
    },
  };
}

type ReadingThread = ReturnType<typeof startReadingThread>;

class ReadingConnection implements DatabaseConnection {
  constructor(private readonly thread: () => ReadingThread) {}

  async executeQuery<Row>(compiled: CompiledQuery): Promise<QueryResult<Row>> {
    return { rows: (await this.thread().query(compiled.sql, compiled.parameters)) as Row[] };
  }

  // biome-ignore lint/correctness/useYield: streaming is refused before anything is read.
  async *streamQuery<Row>(): AsyncIterableIterator<QueryResult<Row>> {
    throw new Error('The SQLite reading thread answers whole queries; it does not stream.');
  }
}

const refuseTransaction = async () => {
  throw new Error('The SQLite reading thread only reads: transactions belong on the server’s connection.');
};

/**
 * Starts the thread with the first query, so a server that exports nothing never has one, and a new
 * one after a thread that failed (its queries fail with it).
 */
class ReadingDriver implements Driver {
  private thread: ReadingThread | undefined;
  private readonly connection = new ReadingConnection(() => {
    if (!this.thread || this.thread.failed) this.thread = startReadingThread(this.filename);
    return this.thread;
  });

  constructor(private readonly filename: string) {}

  async init() {}
  async acquireConnection() {
    return this.connection;
  }
  beginTransaction = refuseTransaction;
  commitTransaction = refuseTransaction;
  rollbackTransaction = refuseTransaction;
  async releaseConnection() {}
  async destroy() {
    await this.thread?.stop();
  }
}

/**
 * A read-only connection to a SQLite file on a thread of its own, for the long reads of exports. On
 * the server's connection, SQLite runs each query on the one JavaScript thread: a national export
 * spent 2.3 of its 5 seconds there, while every other request waited between its pages and the
 * machine's second core stayed idle. Here the next page is read while the last one is written. Reads
 * only: each query is its own snapshot, as it is on the server's connection outside a transaction.
 */
export function createSqliteReader(filename: string): Kysely<Database> {
  return new Kysely<Database>({
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => new ReadingDriver(filename),
      createIntrospector: (db) => new SqliteIntrospector(db),
      createQueryCompiler: () => new SqliteQueryCompiler(),
    },
  });
}
