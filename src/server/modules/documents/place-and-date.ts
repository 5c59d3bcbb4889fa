const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Blank room for the signer to write the day and month on a printed draft. */
const BLANK = '     ';

/**
 * "Quảng Ngãi, ngày 23 tháng 3 năm 2021". Nghị định 30/2020 wants a leading zero on days below 10 and on
 * months 1 and 2 only ("ngày 05 tháng 02", but "tháng 3"), so that no one can add a digit before them.
 */
export function placeAndDate(place: string, isoDate: string | null): string {
  if (isoDate === null) return `${place}, ngày${BLANK}tháng${BLANK}năm${BLANK}`;
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new Error(`Not an ISO date: ${isoDate}`);
  const [, year, month, day] = match.map(Number);
  const calendar = new Date(Date.UTC(year ?? 0, (month ?? 0) - 1, day ?? 0));
  if (!year || !month || !day || calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) {
    throw new Error(`Not a calendar date: ${isoDate}`);
  }
  const dayText = String(day).padStart(2, '0');
  const monthText = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${place}, ngày ${dayText} tháng ${monthText} năm ${year}`;
}
