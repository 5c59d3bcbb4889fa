import { formatNumber } from '../../i18n/format';

type SizeUnit = 'B' | 'KB' | 'MB';

/** A file's size as people read it: bytes below 1 KB, whole KB below 1 MB, MB with one decimal. */
export function fileSize(bytes: number, say: (amount: string, unit: SizeUnit) => string): string {
  if (bytes < 1024) return say(formatNumber(bytes), 'B');
  if (bytes < 1024 * 1024) return say(formatNumber(Math.round(bytes / 1024)), 'KB');
  return say(formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10), 'MB');
}
