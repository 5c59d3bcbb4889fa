// `npm start`: builds dist/ when it is missing or stale, then runs the server in this process.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), '--if-stale'], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

// `npm start` is the quick way to try the app, so it comes with demo data unless told otherwise.
if (!process.env.MANGXANH_DEMO) process.env.MANGXANH_DEMO = '1';

await import(pathToFileURL(join(root, 'dist/server/main.js')).href);
