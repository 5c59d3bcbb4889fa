import type { FileHandle } from 'node:fs/promises';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT_SIZE = 0xffff;
/** An office file lists a few hundred entries; a directory above this is not one. */
const MAX_DIRECTORY_BYTES = 4 * 1024 * 1024;

/**
 * The names of the entries of a zip file, read from its central directory at the end of the file,
 * without inflating anything. Null when the file is not a well-formed zip (or a ZIP64 one, which no
 * office document of an allowed size needs).
 */
export async function zipEntryNames(file: FileHandle, size: number): Promise<string[] | null> {
  const tailSize = Math.min(size, END_RECORD_SIZE + MAX_COMMENT_SIZE);
  const tail = Buffer.alloc(tailSize);
  await file.read(tail, 0, tailSize, size - tailSize);
  let end = -1;
  for (let position = tailSize - END_RECORD_SIZE; position >= 0; position -= 1) {
    if (tail.readUInt32LE(position) === END_OF_CENTRAL_DIRECTORY) {
      end = position;
      break;
    }
  }
  if (end < 0) return null;
  const entryCount = tail.readUInt16LE(end + 10);
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryOffset = tail.readUInt32LE(end + 16);
  if (directorySize > MAX_DIRECTORY_BYTES || directoryOffset + directorySize > size) return null;
  const directory = Buffer.alloc(directorySize);
  await file.read(directory, 0, directorySize, directoryOffset);
  const names: string[] = [];
  let position = 0;
  for (let index = 0; index < entryCount; index += 1) {
    if (position + 46 > directory.length || directory.readUInt32LE(position) !== CENTRAL_DIRECTORY_ENTRY)
      return null;
    const nameLength = directory.readUInt16LE(position + 28);
    const extraLength = directory.readUInt16LE(position + 30);
    const commentLength = directory.readUInt16LE(position + 32);
    names.push(directory.toString('utf8', position + 46, position + 46 + nameLength));
    position += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}
