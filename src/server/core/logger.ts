import type { LoggerOptions } from 'pino';
import type { Config } from './config.js';

/** Structured logs; credentials and session material never reach the log. */
export function loggerOptions(config: Pick<Config, 'logLevel'>): LoggerOptions {
  return {
    level: config.logLevel,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        '*.password',
        '*.currentPassword',
        '*.newPassword',
        '*.token',
        '*.csrfToken',
      ],
      censor: '[redacted]',
    },
  };
}
