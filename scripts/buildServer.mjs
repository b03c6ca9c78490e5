// The production server is plain JavaScript: src/server and what it imports of src/domain,
// bundled by Vite's SSR build into dist-server/main.js. Packages stay outside the bundle and are
// imported from node_modules as they are, so PGlite finds its wasm and data files beside its own
// code, and pg its optional native parts.
import { cpSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const serverOutDir = join(root, 'dist-server');
export const serverEntry = join(serverOutDir, 'main.js');

// What the bundle is made from. Migrations are copied, not bundled: the store reads them from the
// folder next to its code at start.
const serverInputs = ['src/server', 'src/domain', 'package.json', 'scripts/buildServer.mjs'];
const migrations = join(root, 'src', 'server', 'store', 'migrations');

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) {
    newest = Math.max(newest, newestChange(join(path, entry)));
  }
  return newest;
}

export function serverBuildIsStale() {
  if (!existsSync(serverEntry)) return true;
  const builtAt = statSync(serverEntry).mtimeMs;
  return serverInputs.some((input) => newestChange(join(root, input)) > builtAt);
}

export async function buildServer() {
  // Loaded only when a build is due: importing Vite costs more than a start that needs none.
  const { build } = await import('vite');
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    build: {
      ssr: 'src/server/main.ts',
      outDir: serverOutDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      // Stack traces in the operator's log then point at src/server, not at the bundle.
      sourcemap: true,
      rollupOptions: { output: { entryFileNames: 'main.js' } },
    },
  });
  cpSync(migrations, join(serverOutDir, 'migrations'), { recursive: true });
}
