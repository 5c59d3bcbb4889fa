const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** "Ứng dụng Đồng Nai" → "Ung dung Dong Nai": Vietnamese letters without their marks, case kept. */
export const asciiFold = (text: string): string =>
  text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/Đ/g, 'D').replace(/đ/g, 'd');
