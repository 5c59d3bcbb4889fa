import { asciiFold } from '../text/ascii-fold.js';

/** RFC 5987 attr-char leaves these to percent-encoding, though encodeURIComponent does not. */
const encodeRfc5987 = (value: string): string =>
  encodeURIComponent(value).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `attachment; filename="KH-316-SGDDT-….pdf"; filename*=UTF-8''KH-316-SGD%C4%90T-….pdf` (RFC 6266 with
 * RFC 5987 encoding): browsers take the UTF-8 name, clients that only read `filename` the folded ASCII one.
 */
export function attachment(fileName: string): string {
  const fallback = asciiFold(fileName)
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}
