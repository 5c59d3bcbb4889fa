import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A file or folder of the repository, given from its root (e.g. 'src/server/assets/fonts'). Once the
 * server is bundled into dist/server/ the files are no longer next to the code that reads them, so
 * the path is looked for upwards from here: that finds it from src/ and from dist/ alike.
 */
export function repositoryPath(relativePath: string): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(folder, relativePath);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(folder);
    if (parent === folder)
      throw new Error(`${relativePath} not found above ${fileURLToPath(import.meta.url)}`);
    folder = parent;
  }
}
