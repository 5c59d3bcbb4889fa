// Dates read dd/MM/yyyy and numbers use Vietnamese separators (1.234,5) whatever the interface language.
const dateFormat = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'Asia/Ho_Chi_Minh',
});
const numberFormat = new Intl.NumberFormat('vi-VN');

export const formatDate = (date: Date): string => dateFormat.format(date);

export const formatNumber = (value: number): string => numberFormat.format(value);

/** Today's date in Vietnam as yyyy-mm-dd, to compare with the API's deadlines. */
export const vietnamToday = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

const timeFormat = new Intl.DateTimeFormat('vi-VN', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: 'Asia/Ho_Chi_Minh',
});

/** A time of day in Vietnam, as HH:mm:ss. */
export const formatTime = (date: Date): string => timeFormat.format(date);

const minuteFormat = new Intl.DateTimeFormat('vi-VN', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Asia/Ho_Chi_Minh',
});

/** A time of day in Vietnam to the minute, as HH:mm: when something arrived, where seconds are noise. */
export const formatMinute = (date: Date): string => minuteFormat.format(date);
