import { useSearchParams } from 'react-router';

export const AT_PARAMETER = 'at';
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The date whose organisation the org pages show (`?at=YYYY-MM-DD`), or undefined for today. */
export function useAtDate(): string | undefined {
  const [searchParams] = useSearchParams();
  const at = searchParams.get(AT_PARAMETER) ?? '';
  return isoDate.test(at) ? at : undefined;
}

/** The address of a unit's page, keeping the date being looked at. */
export const unitPath = (id: string, at?: string): string =>
  at ? `/don-vi/${id}?${AT_PARAMETER}=${at}` : `/don-vi/${id}`;

const typedDate = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** "31/5/2024" as "2024-05-31", or null when it is not a real day. */
export function isoDateFrom(text: string): string | null {
  const match = typedDate.exec(text.trim());
  if (!match) return null;
  const [day, month, year] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}
