import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { access, mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { notFound } from '../http/problem.js';
import type { AttachmentStore } from './attachment-store.js';

const SAFE_KEY = /^[a-z0-9]{16,128}$/;

/**
 * Files in a directory, fanned out by the first two characters of the key so no directory holds
 * millions of entries. A file is written beside its final name and renamed into place, so a reader
 * never sees half of it and a crash leaves only a temporary file behind.
 */
export function createDiskAttachmentStore(directory: string): AttachmentStore {
  const pathOf = (key: string) => {
    if (!SAFE_KEY.test(key)) throw new Error(`not a storage key: ${key}`);
    return join(directory, key.slice(0, 2), key);
  };
  const exists = (path: string) =>
    access(path).then(
      () => true,
      () => false,
    );

  return {
    async put(key, content) {
      const path = pathOf(key);
      if (await exists(path)) {
        content.destroy();
        return;
      }
      await mkdir(join(directory, key.slice(0, 2)), { recursive: true });
      const partial = `${path}.${randomUUID()}.part`;
      try {
        await pipeline(content, createWriteStream(partial, { flags: 'wx' }));
        await rename(partial, path);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
    },
    async get(key) {
      const path = pathOf(key);
      if (!(await exists(path))) throw notFound('The file of this attachment is missing from the store.');
      return createReadStream(path);
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
