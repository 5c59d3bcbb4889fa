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
