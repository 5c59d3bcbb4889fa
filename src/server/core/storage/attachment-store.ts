import type { Readable } from 'node:stream';

/**
 * Where uploaded files live, addressed by a key the caller chooses (the SHA-256 of the content, so
 * the same file uploaded twice is stored once). A disk directory today; an S3-compatible bucket only
 * needs these three operations.
 */
export interface AttachmentStore {
  /** Stores the content under the key; storing a key that already exists keeps the stored copy. */
  put(key: string, content: Readable, size: number): Promise<void>;
  /** The stored content; rejects with a `not_found` problem when the key has nothing stored. */
  get(key: string): Promise<Readable>;
  /** Removes the content; removing a key with nothing stored is not an error. */
  delete(key: string): Promise<void>;
}
