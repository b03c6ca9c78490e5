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
      publicUrl: undefined,
      groupName: 'Carta group',
      joinCode: undefined,
      coordinatorCode: undefined,
      signUpRetentionDays: 90,
      groupContact: undefined,
      trustedProxyHops: 0,
      joinsPerCodePerHour: 30,
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
        PUBLIC_URL: 'https://carta.example.org/',
        GROUP_NAME: ' Amnesty Juliaca group ',
        JOIN_CODE: 'TEST-JOIN-0001',
        COORDINATOR_CODE: 'TEST-COORD-0001',
        SIGNUP_RETENTION_DAYS: '30',
        GROUP_CONTACT: ' amnesty.sutton@example.org ',
        TRUST_PROXY: '1',
        JOINS_PER_CODE_PER_HOUR: '200',
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
      publicUrl: 'https://carta.example.org',
      groupName: 'Amnesty Juliaca group',
      joinCode: 'TEST-JOIN-0001',
      coordinatorCode: 'TEST-COORD-0001',
      signUpRetentionDays: 30,
      groupContact: 'amnesty.sutton@example.org',
      trustedProxyHops: 1,
      joinsPerCodePerHour: 200,
    });
  });

  it.each(['0', '3651', '90 days', '1.5', '-7'])('refuses SIGNUP_RETENTION_DAYS=%s', (days) => {
    expect(() => loadConfig({ SIGNUP_RETENTION_DAYS: days })).toThrow(
      /SIGNUP_RETENTION_DAYS must be a whole number of days from 1 to 3650/,
    );
  });

  it('takes a web address as GROUP_CONTACT too, and refuses what is neither', () => {
    expect(
      loadConfig({ GROUP_CONTACT: 'https://amnesty-sutton.example.org/contact' }).groupContact,
    ).toBe('https://amnesty-sutton.example.org/contact');
    for (const contact of [
      'call Ana on Tuesdays',
      'ftp://example.org',
      `${'a'.repeat(200)}@example.org`,
    ]) {
      expect(() => loadConfig({ GROUP_CONTACT: contact })).toThrow(
        /GROUP_CONTACT must be an email address or a web address/,
      );
    }
  });

  it.each(['yes', '-1', '11', '1.5'])('refuses TRUST_PROXY=%s', (hops) => {
    expect(() => loadConfig({ TRUST_PROXY: hops })).toThrow(
      /TRUST_PROXY must be the number of proxies in front of the server, from 0 to 10/,
    );
  });

  it.each(['0', 'many', '10001'])('refuses JOINS_PER_CODE_PER_HOUR=%s', (joins) => {
    expect(() => loadConfig({ JOINS_PER_CODE_PER_HOUR: joins })).toThrow(
      /JOINS_PER_CODE_PER_HOUR must be a whole number from 1 to 10000/,
    );
  });

  it.each(['short', 'has*stars*in*it', 'x'.repeat(65)])('refuses JOIN_CODE=%s', (code) => {
    expect(() => loadConfig({ JOIN_CODE: code })).toThrow(/JOIN_CODE must be 8 to 64 letters/);
  });

  it('refuses the same code for members and the coordinator, however it is written', () => {
    expect(() =>
      loadConfig({ JOIN_CODE: 'abcd-efgh-2345', COORDINATOR_CODE: 'ABCDEFGH2345' }),
    ).toThrow(/must be different/);
  });

  it('refuses a PUBLIC_URL that is not a web address', () => {
    expect(() => loadConfig({ PUBLIC_URL: 'carta.example.org' })).toThrow(/PUBLIC_URL must be/);
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
