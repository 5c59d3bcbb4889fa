import { spawnSync } from 'node:child_process';

/** Builds dist/ (web and server bundle) unless it is newer than every source file. */
export function ensureBuilt(): void {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed');
}
