import { fileURLToPath } from 'node:url';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, MAX_BODY_BYTES } from '../../src/server/app';
import { CONTENT_SECURITY_POLICY } from '../../src/server/http/securityHeaders';
import { openStore, type Store } from '../../src/server/store/openStore';

const builtApp = fileURLToPath(new URL('./fixtures/built-app', import.meta.url));

let dataDir: string;
let store: Store;
const logLines: string[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'carta-app-'));
  store = await openStore({ dataDir });
});

afterAll(async () => {
  await store?.close();
  await rm(dataDir, { recursive: true, force: true });
});

function app(distDir = builtApp) {
  return createApp({ store, distDir, log: (line) => logLines.push(line) });
}

function expectHtmlSecurityHeaders(response: Response) {
  expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('permissions-policy')).toMatch(/camera=\(\)/);
}

describe('serving the built app', () => {
  it('opens a deep link to a case as the app page, with the strict security headers', async () => {
    const response = await app().request('/cases/ua-105-22');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<div id="root"></div>');
    expectHtmlSecurityHeaders(response);
  });

  it('forbids inline script, plugins, base rewriting and framing in its CSP', () => {
    const directives = CONTENT_SECURITY_POLICY.split('; ');
    expect(directives).toContain("script-src 'self'");
    expect(directives).toContain("object-src 'none'");
    expect(directives).toContain("base-uri 'none'");
    expect(directives).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  });

  it('serves the start page with the same headers', async () => {
    const response = await app().request('/');
    expect(response.status).toBe(200);
    expectHtmlSecurityHeaders(response);
  });

  it('lets browsers keep hashed assets for a year', async () => {
    const response = await app().request('/assets/index-Bx7d3f2a.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBeNull();
  });

  it('makes browsers revalidate the service worker and the manifest', async () => {
    for (const path of ['/sw.js', '/manifest.webmanifest']) {
      const response = await app().request(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
    }
  });

  it('answers a missing script with 404, not with the app page', async () => {
    for (const path of ['/assets/index-gone.js', '/assets/gone', '/registerSW.js']) {
      const response = await app().request(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).not.toMatch(/text\/html/);
    }
  });

  it('tells the operator to build the app when there is no build yet', async () => {
    const response = await app('/nonexistent/dist').request('/cases/ua-105-22');
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build');
  });
});

describe('the API', () => {
  it('answers the health check with the store it uses', async () => {
    const response = await app().request('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, store: 'pglite' });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('answers an unknown endpoint with a JSON 404 instead of the app page', async () => {
    const response = await app().request('/api/nope');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: 'not_found', message: expect.stringContaining('/api/nope') },
    });
  });

  it('answers a wrong method with a JSON 405 that names the allowed ones', async () => {
    const response = await app().request('/api/health', { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect(await response.json()).toMatchObject({ error: { code: 'method_not_allowed' } });
  });

  it('refuses a body over 1 MiB with a JSON 413', async () => {
    const response = await app().request('/api/health', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ padding: 'x'.repeat(MAX_BODY_BYTES) }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'payload_too_large' } });
  });

  it('keeps query strings, where personal data could hide, out of the log', async () => {
    logLines.length = 0;
    await app().request('/api/nope?email=someone%40example.org');
    expect(logLines).toHaveLength(1);
    expect(logLines[0]).toMatch(/^GET \/api\/nope 404 \d+ms [0-9a-f-]{36}$/);
  });
});
