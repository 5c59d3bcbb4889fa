import { dirname, join } from 'node:path';
import { z } from 'zod';
import { sqliteFilename } from './db/database.js';

export type DatabaseDialect = 'sqlite' | 'postgres';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  dialect: DatabaseDialect;
  demo: boolean;
  demoPassword: string | undefined;
  smtpUrl: string | undefined;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  webRoot: string;
  attachments: { directory: string; maxBytes: number };
}

/** Thrown when an environment variable holds a value the app cannot run with. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable}: ${problem}`);
  }
}

const flag = z.enum(['0', '1', 'true', 'false']).transform((value) => value === '1' || value === 'true');

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .refine(
      (url) =>
        /^(postgres|postgresql):\/\//.test(url) || /^(sqlite:|file:)?[^:]+$/.test(url) || url === ':memory:',
      {
        message: 'expected a postgres:// URL or a SQLite file path',
      },
    )
    .default('./data/mangxanh.sqlite'),
  MANGXANH_DEMO: flag.default(false),
  MANGXANH_DEMO_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
  SMTP_URL: z
    .string()
    .refine((url) => /^smtps?:\/\//.test(url), { message: 'expected an smtp:// or smtps:// URL' })
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MANGXANH_WEB_ROOT: z.string().default('./dist/web'),
  MANGXANH_ATTACHMENT_DIR: z.string().optional(),
  MANGXANH_ATTACHMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(1024 * 1024 * 1024)
    .default(20 * 1024 * 1024),
});

/** Beside the SQLite file when there is one (so one directory holds all the data), else under ./data. */
function defaultAttachmentDirectory(databaseUrl: string, dialect: DatabaseDialect): string {
  if (dialect === 'postgres' || databaseUrl === ':memory:') return './data/attachments';
  return join(dirname(sqliteFilename(databaseUrl)), 'attachments');
}

/** Reads and validates the configuration; an empty variable counts as unset. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(String(issue?.path[0] ?? 'environment'), issue?.message ?? 'invalid value');
  }
  const values = parsed.data;
  const dialect: DatabaseDialect = /^postgres(ql)?:\/\//.test(values.DATABASE_URL) ? 'postgres' : 'sqlite';
  return {
    port: values.PORT,
    host: values.HOST,
    databaseUrl: values.DATABASE_URL,
    dialect,
    demo: values.MANGXANH_DEMO,
    demoPassword: values.MANGXANH_DEMO_PASSWORD,
    smtpUrl: values.SMTP_URL,
    logLevel: values.LOG_LEVEL,
    webRoot: values.MANGXANH_WEB_ROOT,
    attachments: {
      directory: values.MANGXANH_ATTACHMENT_DIR ?? defaultAttachmentDirectory(values.DATABASE_URL, dialect),
      maxBytes: values.MANGXANH_ATTACHMENT_MAX_BYTES,
    },
  };
}
