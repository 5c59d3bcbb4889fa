import { readFileSync } from 'node:fs';
import { repositoryPath } from './repository-path.js';

/** The package version, read once from package.json (the app runs from the source tree or from dist/). */
export const appVersion: string = (
  JSON.parse(readFileSync(repositoryPath('package.json'), 'utf8')) as { version: string }
).version;
