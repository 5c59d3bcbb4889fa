/**
 * Moves the tone mark of a syllable ending in "oa", "oe" or "uy" onto the first vowel, where official
 * documents put it: "Thanh Hoá" → "Thanh Hóa", "Thuỷ" → "Thủy". "qu" is a consonant, so "Quý" keeps its
 * mark, and a syllable that goes on ("Hoàng", "Nguyễn") is left alone.
 */
export function officialToneMarks(text: string): string {
  return text
    .normalize('NFD')
    .replace(/(?<![qQ])([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu, '$1$3$2')
    .normalize('NFC');
}
