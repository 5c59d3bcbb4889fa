/** RFC 5987 leaves these out of attr-char, though encodeURIComponent keeps them. */
const encodeAttrChars = (text: string) =>
  encodeURIComponent(text).replace(/['()*!]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

/** "Danh sách đơn vị.xlsx" → "Danh-sach-don-vi.xlsx" for clients that read only the plain parameter. */
const asciiFallback = (fileName: string) =>
  fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (char) => (char === 'đ' ? 'd' : 'D'))
    .replace(/[^A-Za-z0-9._-]+/g, '-');

/** An attachment header with the Vietnamese file name (RFC 6266, `filename*` per RFC 5987) and an ASCII fallback. */
export const attachment = (fileName: string): string =>
  `attachment; filename="${asciiFallback(fileName)}"; filename*=UTF-8''${encodeAttrChars(fileName)}`;
