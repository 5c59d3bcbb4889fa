import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

export interface SpooledUpload {
  path: string;
  size: number;
  sha256: string;
  /** Removes the temporary file; safe to call more than once. */
  discard(): Promise<void>;
}

/** Rejected with when the upload passes the limit; the rest of the body is left unread. */
export class UploadTooLarge extends Error {
  constructor(readonly limitBytes: number) {
    super(`The upload is larger than ${limitBytes} bytes.`);
  }
}

/**
 * Writes a request body to a temporary file while hashing and counting it, and stops reading as soon
 * as it passes the limit, so a huge upload costs neither memory nor more than the limit on disk. The
 * body is paused rather than destroyed there: destroying a request closes its socket before the
 * refusal can be sent.
 */
export async function spoolUpload(body: Readable, limitBytes: number): Promise<SpooledUpload> {
  const directory = await mkdtemp(join(tmpdir(), 'mangxanh-upload-'));
  const path = join(directory, 'body');
  const discard = () => rm(directory, { recursive: true, force: true });
  const hash = createHash('sha256');
  const file = createWriteStream(path);
  let size = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const fail = (error: Error) => {
        body.off('data', onData);
        body.pause();
        file.destroy();
        reject(error);
      };
      const onData = (chunk: Buffer) => {
        size += chunk.length;
        if (size > limitBytes) return fail(new UploadTooLarge(limitBytes));
        hash.update(chunk);
        if (!file.write(chunk)) {
          body.pause();
          file.once('drain', () => body.resume());
        }
      };
      let ended = false;
      body.on('data', onData);
      body.once('end', () => {
        ended = true;
        file.end(() => resolve());
      });
      // A client that goes away mid-upload closes the body without ending it.
      body.once('close', () => {
        if (!ended) fail(new Error('The upload was interrupted.'));
      });
      body.once('error', fail);
      file.once('error', fail);
    });
  } catch (error) {
    await discard();
    throw error;
  }
  return { path, size, sha256: hash.digest('hex'), discard };
}
