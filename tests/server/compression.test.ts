import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app';
import { precompressDirectory } from '../../scripts/precompress';
import { actionReport, joinAs, postJson, startGroupServer, type GroupServer } from './groupServer';
import { storeKinds } from './storeTargets';

const BROWSER_ACCEPT_ENCODING = 'gzip, deflate, br, zstd';

/** Text that compresses like a real bundle does: repetitive, but not one repeated character. */
function bundleLike(name: string, lines: number): string {
  return Array.from(
    { length: lines },
    (_, n) => `export function ${name}${n}(value) { return value * ${n} + ${n % 7}; }`,
  ).join('\n');
}

/** A build as `vite build` leaves it, precompressed by the same step the build runs. */
async function buildLikeVite(distDir: string): Promise<void> {
  await mkdir(join(distDir, 'assets'), { recursive: true });
  const page = `<!doctype html><html lang="en"><head><title>Carta</title><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body><div id="root"></div><!-- ${'frame '.repeat(300)} --></body></html>`;
  await writeFile(join(distDir, 'index.html'), page);
  await writeFile(join(distDir, 'assets', 'index-Ab12Cd34.js'), bundleLike('entry', 200));
  await writeFile(join(distDir, 'assets', 'cases-Ef56Gh78.js'), bundleLike('cases', 200));
  await writeFile(join(distDir, 'assets', 'stall-Ij90Kl12.js'), bundleLike('stall', 200));
  await writeFile(join(distDir, 'assets', 'tiny-Mn34Op56.css'), 'body{margin:0}');
  await writeFile(join(distDir, 'sw.js'), bundleLike('precache', 100));
  await precompressDirectory(distDir);
}

describe.each(storeKinds)('compressed answers on %s', (kind) => {
  let server: GroupServer;
  let distDir: string;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    server = await startGroupServer(kind);
    distDir = await mkdtemp(join(tmpdir(), 'carta-dist-'));
    await buildLikeVite(distDir);
    app = createApp({ store: server.store, distDir, log: () => {} });
  });

  afterAll(async () => {
    await server?.close();
    if (distDir) await rm(distDir, { recursive: true, force: true });
  });

  const fileIn = (path: string) => readFile(join(distDir, path));
  const get = (path: string, acceptEncoding?: string) =>
    app.request(path, acceptEncoding ? { headers: { 'Accept-Encoding': acceptEncoding } } : {});
  const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer());

  describe('the built app', () => {
    it('sends a script as brotli to a browser that accepts it, still cached for a year', async () => {
      const response = await get('/assets/index-Ab12Cd34.js', BROWSER_ACCEPT_ENCODING);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-encoding')).toBe('br');
      expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const sent = await bytesOf(response);
      const original = await fileIn('assets/index-Ab12Cd34.js');
      expect(sent.length).toBeLessThan(original.length / 4);
      expect(brotliDecompressSync(sent)).toEqual(original);
    });

    it('sends gzip to a client that accepts only gzip', async () => {
      const response = await get('/assets/index-Ab12Cd34.js', 'gzip');
      expect(response.headers.get('content-encoding')).toBe('gzip');
      expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(gunzipSync(await bytesOf(response))).toEqual(await fileIn('assets/index-Ab12Cd34.js'));
    });

    it('sends the plain file, saying it varies, to a client that accepts no encoding', async () => {
      const response = await get('/assets/index-Ab12Cd34.js');
      expect(response.headers.get('content-encoding')).toBeNull();
      expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(await bytesOf(response)).toEqual(await fileIn('assets/index-Ab12Cd34.js'));
    });

    it('compresses the app page and the service worker, which browsers still revalidate', async () => {
      const page = await get('/cases/ua-105-22', BROWSER_ACCEPT_ENCODING);
      expect(page.headers.get('content-encoding')).toBe('br');
      expect(page.headers.get('cache-control')).toBe('no-cache');
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(brotliDecompressSync(await bytesOf(page)).toString()).toContain('<div id="root">');

      const worker = await get('/sw.js', BROWSER_ACCEPT_ENCODING);
      expect(worker.headers.get('content-encoding')).toBe('br');
      expect(worker.headers.get('cache-control')).toBe('no-cache');
      expect(brotliDecompressSync(await bytesOf(worker))).toEqual(await fileIn('sw.js'));
    });

    it('falls back to gzip, then to the plain file, when a compressed copy is missing', async () => {
      await rm(join(distDir, 'assets', 'cases-Ef56Gh78.js.br'));
      const gzipped = await get('/assets/cases-Ef56Gh78.js', BROWSER_ACCEPT_ENCODING);
      expect(gzipped.status).toBe(200);
      expect(gzipped.headers.get('content-encoding')).toBe('gzip');
      expect(gunzipSync(await bytesOf(gzipped))).toEqual(await fileIn('assets/cases-Ef56Gh78.js'));

      await rm(join(distDir, 'assets', 'stall-Ij90Kl12.js.br'));
      await rm(join(distDir, 'assets', 'stall-Ij90Kl12.js.gz'));
      const plain = await get('/assets/stall-Ij90Kl12.js', BROWSER_ACCEPT_ENCODING);
      expect(plain.status).toBe(200);
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(await bytesOf(plain)).toEqual(await fileIn('assets/stall-Ij90Kl12.js'));
    });

    it('compresses the start page itself', async () => {
      const response = await get('/', BROWSER_ACCEPT_ENCODING);
      expect(response.headers.get('content-encoding')).toBe('br');
      expect(brotliDecompressSync(await bytesOf(response))).toEqual(await fileIn('index.html'));
    });

    it('sends a file changed after the build as it is now, not its older compressed copies', async () => {
      const later = new Date(Date.now() + 60_000);
      await writeFile(join(distDir, 'sw.js'), bundleLike('nextVersion', 100));
      await utimes(join(distDir, 'sw.js'), later, later);
      const response = await get('/sw.js', BROWSER_ACCEPT_ENCODING);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-encoding')).toBeNull();
      expect((await bytesOf(response)).toString()).toContain('nextVersion0');
    });

    it('honours the weights a client gives: gzip when it prefers gzip to brotli', async () => {
      const response = await get('/assets/index-Ab12Cd34.js', 'br;q=0.5, gzip');
      expect(response.headers.get('content-encoding')).toBe('gzip');
    });

    it('leaves a file under a kilobyte plain: the build makes no copies of it', async () => {
      const response = await get('/assets/tiny-Mn34Op56.css', BROWSER_ACCEPT_ENCODING);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-encoding')).toBeNull();
      expect((await bytesOf(response)).toString()).toBe('body{margin:0}');
    });
  });

  describe('the API', () => {
    async function syncAnswer(acceptEncoding?: string) {
      const { token } = await joinAs(app);
      const push = Array.from({ length: 40 }, () => actionReport('ua-105-22', { letter: 1 }));
      return postJson(
        app,
        '/api/v1/sync',
        { cursor: null, push },
        {
          Authorization: `Bearer ${token}`,
          ...(acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {}),
        },
      );
    }

    it('compresses a large sync answer with brotli, and it reads as the same JSON', async () => {
      const response = await syncAnswer(BROWSER_ACCEPT_ENCODING);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-encoding')).toBe('br');
      expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const answer = JSON.parse(brotliDecompressSync(await bytesOf(response)).toString());
      expect(answer.results).toHaveLength(40);
      expect(answer.results.every((r: { status: string }) => r.status === 'stored')).toBe(true);
    });

    it('compresses it with gzip for a client without brotli, and not at all for one without either', async () => {
      const gzipped = await syncAnswer('gzip;q=1, br;q=0');
      expect(gzipped.headers.get('content-encoding')).toBe('gzip');
      expect(JSON.parse(gunzipSync(await bytesOf(gzipped)).toString()).results).toHaveLength(40);

      const plain = await syncAnswer();
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(plain.headers.get('vary')).toMatch(/accept-encoding/i);
      expect((await plain.json()).results).toHaveLength(40);
    });

    it('leaves a small answer plain, since compressing it would gain nothing', async () => {
      const response = await get('/api/health', BROWSER_ACCEPT_ENCODING);
      expect(response.headers.get('content-encoding')).toBeNull();
      expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(await response.json()).toEqual({ ok: true, store: kind });
    });
  });
});
