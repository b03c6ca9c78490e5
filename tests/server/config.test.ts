import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config';

describe('server configuration from the environment', () => {
  it('serves on 127.0.0.1:8080 with PGlite in ./data when nothing is set', () => {
    expect(loadConfig({}, '/srv/carta')).toEqual({
      port: 8080,
      host: '127.0.0.1',
      dataDir: '/srv/carta/data',
      databaseUrl: undefined,
      distDir: '/srv/carta/dist',
      contentDir: '/srv/carta/src/content/cases',
    });
  });

  it('takes PORT, HOST, folders and DATABASE_URL from the environment', () => {
    const config = loadConfig(
      {
        PORT: '9000',
        HOST: '0.0.0.0',
        DATA_DIR: '/var/lib/carta',
        DATABASE_URL: 'postgres://carta:secret@db:5432/carta',
        DIST_DIR: 'build',
        CONTENT_DIR: '/opt/cases',
      },
      '/srv/carta',
    );
    expect(config).toEqual({
      port: 9000,
      host: '0.0.0.0',
      dataDir: '/var/lib/carta',
      databaseUrl: 'postgres://carta:secret@db:5432/carta',
      distDir: '/srv/carta/build',
      contentDir: '/opt/cases',
    });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }, '/srv')).toMatchObject({
      port: 8080,
      databaseUrl: undefined,
    });
  });

  it.each(['abc', '0', '70000', '80.5'])('refuses PORT=%s and names the variable', (port) => {
    expect(() => loadConfig({ PORT: port })).toThrow(/PORT must be a whole number/);
  });

  it('refuses a DATABASE_URL that is not PostgreSQL without printing it', () => {
    const attempt = () => loadConfig({ DATABASE_URL: 'mysql://carta:hunter2@db/carta' });
    expect(attempt).toThrow(/DATABASE_URL must be a PostgreSQL URL/);
    expect(attempt).not.toThrow(/hunter2/);
  });
});
