import { readFileSync } from 'node:fs';

/** The package version, read once from package.json (the app runs from the source tree or from dist/). */
export const appVersion: string = (() => {
  for (const candidate of ['../../../package.json', '../../package.json', '../package.json']) {
    try {
      return (JSON.parse(readFileSync(new URL(candidate, import.meta.url), 'utf8')) as { version: string })
        .version;
    } catch {
      // try the next location
    }
  }
  return '0.0.0';
})();
