import { asciiFold } from './ascii-fold.js';

/** RFC 5987 attr-char leaves these to percent-encoding, though encodeURIComponent does not. */
const encodeRfc5987 = (value: string): string =>
  encodeURIComponent(value).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `attachment; filename="KH-316-SGDDT-….pdf"; filename*=UTF-8''KH-316-SGD%C4%90T-….pdf`: browsers take the
 * UTF-8 name, and the folded ASCII one is there for clients that only read `filename`.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = asciiFold(fileName)
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}
