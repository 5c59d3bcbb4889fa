import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to port 3000 on 127.0.0.1 with a SQLite file under ./data and demo data off', () => {
    expect(loadConfig({})).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: './data/mangxanh.sqlite',
      dialect: 'sqlite',
      demo: false,
      demoPassword: undefined,
      smtpUrl: undefined,
      logLevel: 'info',
    });
  });

  it('keeps attachments beside the SQLite file, at most 20 MB each, unless told otherwise', () => {
    expect(loadConfig({}).attachments).toEqual({ directory: 'data/attachments', maxBytes: 20 * 1024 * 1024 });
    expect(loadConfig({ DATABASE_URL: 'sqlite:///srv/mx/db.sqlite' }).attachments.directory).toBe(
      '/srv/mx/attachments',
    );
    expect(
      loadConfig({
        DATABASE_URL: 'postgres://db.example/mx',
        MANGXANH_ATTACHMENT_DIR: '/mnt/shared/attachments',
        MANGXANH_ATTACHMENT_MAX_BYTES: '5242880',
      }).attachments,
    ).toEqual({ directory: '/mnt/shared/attachments', maxBytes: 5 * 1024 * 1024 });
  });

  it('selects PostgreSQL for a postgres:// or postgresql:// URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/mx' }).dialect).toBe('postgres');
    expect(loadConfig({ DATABASE_URL: 'postgresql://db.example/mx' }).dialect).toBe('postgres');
  });

  it('reads MANGXANH_DEMO as 1/0 or true/false, and treats an empty variable as unset', () => {
    expect(loadConfig({ MANGXANH_DEMO: '1' }).demo).toBe(true);
    expect(loadConfig({ MANGXANH_DEMO: 'false' }).demo).toBe(false);
    expect(loadConfig({ PORT: '' }).port).toBe(3000);
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/mx'],
    ['MANGXANH_DEMO', 'yes'],
    ['MANGXANH_DEMO_PASSWORD', 'short'],
    ['SMTP_URL', 'mail.example.org'],
    ['LOG_LEVEL', 'loud'],
    ['MANGXANH_ATTACHMENT_MAX_BYTES', 'twenty'],
  ])('refuses %s=%s, naming the variable', (variable, value) => {
    const load = () => loadConfig({ [variable]: value });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(new RegExp(`^${variable}: `));
  });
});
