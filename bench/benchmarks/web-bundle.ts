import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Benchmark } from '../support/result.js';
import { kilobytes } from '../support/result.js';

const WEB_ROOT = 'dist/web';

/** Gzipped bytes of the scripts and styles that index.html loads before anything is shown. */
function initialAssetSize(extension: 'js' | 'css'): number {
  const html = readFileSync(join(WEB_ROOT, 'index.html'), 'utf8');
  const pattern =
    extension === 'js'
      ? /<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g
      : /<link[^>]+href="([^"]+\.css)"/g;
  return [...html.matchAll(pattern)]
    .map((match) => readFileSync(join(WEB_ROOT, match[1] as string)))
    .reduce((total, content) => total + gzipSync(content, { level: 9 }).length, 0);
}

/** Initial JS and CSS of the sign-in page, gzipped, as served from dist/web. */
export const webBundle: Benchmark = {
  name: 'web.bundle',
  async run() {
    return [
      { name: 'web.bundle.initial-js', size_kb: kilobytes(initialAssetSize('js')) },
      { name: 'web.bundle.initial-css', size_kb: kilobytes(initialAssetSize('css')) },
    ];
  },
};
