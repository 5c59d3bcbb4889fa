import { spawnSync } from 'node:child_process';

/** The e2e tests run the built app, as production does: bring dist/ up to date once before them. */
export default function buildAppIfStale(): void {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`scripts/build.mjs failed with exit code ${build.status}`);
}
