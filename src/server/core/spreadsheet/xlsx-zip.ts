import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { constants, crc32, createDeflateRaw } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';

const DEFLATE = 8;
/** Fast deflate: spreadsheet XML is repetitive, so level 1 already shrinks it about sevenfold. */
const LEVEL = constants.Z_BEST_SPEED;
/** Deflated pieces of this size rather than zlib's 16 KB: a quarter of the writes to the response. */
const OUTPUT_CHUNK_BYTES = 64 * 1024;

/** An entry being written: its text or UTF-8 bytes go through Node's native deflate as they come. */
export interface ZipEntryWriter {
  /** Resolves once the entry can take more, so a slow client slows the producer down. */
  write(content: string | Buffer): Promise<void>;
  end(): Promise<void>;
}

/**
 * A zip archive streamed to `output`: fflate lays out the headers, data descriptors and the central
 * directory, Node's zlib deflates each entry off the main thread. Entries are written one after the other.
 */
export function createZipWriter(output: Writable) {
  let failure: Error | null = null;
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else output.write(chunk);
    if (final) output.end();
  });

  function entry(filename: string): ZipEntryWriter {
    const deflate = createDeflateRaw({ level: LEVEL, chunkSize: OUTPUT_CHUNK_BYTES });
    const file: ZipInputFile = { filename, compression: DEFLATE, crc: 0, size: 0 };
    zip.add(file);
    // A client that goes away stops the rows instead of leaving them waiting for a drain that never comes.
    const abort = () => deflate.destroy(new Error('The response closed before the workbook was written.'));
    output.once('close', abort);
    deflate.on('error', (error) => {
      failure ??= error;
    });
    deflate.on('end', () => {
      output.off('close', abort);
      file.ondata?.(null, new Uint8Array(0), true);
    });
    deflate.on('data', (chunk: Buffer<ArrayBuffer>) => {
      file.ondata?.(null, chunk, false);
      if (output.writableNeedDrain) {
        deflate.pause();
        output.once('drain', () => deflate.resume());
      }
    });
    return {
      async write(content) {
        if (failure) throw failure;
        const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
        file.crc = crc32(bytes, file.crc);
        file.size += bytes.length;
        if (!deflate.write(bytes)) await once(deflate, 'drain');
      },
      async end() {
        const ended = once(deflate, 'end');
        deflate.end();
        await ended;
        if (failure) throw failure;
      },
    };
  }

  return {
    entry,
    /** Writes a whole entry at once. */
    async add(filename: string, text: string): Promise<void> {
      const writer = entry(filename);
      await writer.write(text);
      await writer.end();
    },
    /** Writes the central directory and ends the output. */
    finish(): void {
      zip.end();
      if (failure) throw failure;
    },
  };
}
