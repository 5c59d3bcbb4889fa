// Builds the SPA (Vite, into dist/web) and bundles the server (esbuild, into dist/server).
// With --if-stale it does nothing when dist/ is newer than every source file.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as bundle } from 'esbuild';
import { build as buildWeb } from 'vite';

// A caller's NODE_ENV (vitest sets "test") would otherwise give React's development build.
process.env.NODE_ENV = 'production';

const root = fileURLToPath(new URL('..', import.meta.url));
const outputs = ['dist/web/index.html', 'dist/server/main.js'].map((path) => join(root, path));
const sources = ['src', 'scripts/province-map', 'vite.config.ts', 'package-lock.json'].map((path) =>
  join(root, path),
);

function modifiedAt(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

function newestModification(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce(
    (newest, entry) => Math.max(newest, newestModification(join(path, entry))),
    stats.mtimeMs,
  );
}

function buildIsStale() {
  const builtAt = outputs.map(modifiedAt);
  if (builtAt.includes(null)) return true;
  return Math.max(...sources.map(newestModification)) > Math.min(...builtAt);
}

if (process.argv.includes('--if-stale')) {
  if (!buildIsStale()) process.exit(0);
  process.stdout.write('Mạng Xanh: building the app (dist/ is missing or older than the sources)…\n');
}

const startedAt = performance.now();

// The province map is simplified from its GeoJSON into src/web/public before Vite copies it.
await import('./province-map/build-province-map.mjs');
await buildWeb({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });

const cliEntries = readdirSync(join(root, 'src/server/cli'))
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
  .map((name) => join(root, 'src/server/cli', name));

// Chunks are named by their content: without a clean directory, those of earlier builds would pile up.
rmSync(join(root, 'dist/server'), { recursive: true, force: true });
await bundle({
  entryPoints: [join(root, 'src/server/main.ts'), ...cliEntries],
  outbase: join(root, 'src/server'),
  outdir: join(root, 'dist/server'),
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Dependencies are bundled too: resolving and compiling hundreds of files from node_modules took most
  // of the start-up time. Native addons stay outside; CommonJS packages get a `require` of their own.
  external: ['better-sqlite3', '@node-rs/argon2', 'pg-native'],
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  sourcemap: true,
  logLevel: 'warning',
});

const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
process.stdout.write(`Built dist/web and dist/server in ${seconds} s\n`);
