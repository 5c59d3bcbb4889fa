import { Text } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { ErrorAlert } from '../components/error-alert';
import { Page } from '../components/page';
import { ProvinceMap } from '../features/map/province-map';
import { provinceShapesQuery } from '../features/map/province-shapes';
import { unitPath } from '../features/org/at-date';
import { orgUnitChildrenQuery, orgUnitsOfKindQuery } from '../features/org/org-queries';
import { formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-provider';

/** The provinces shaded by their number of communes, each linking to its department's page. */
export function MapPage() {
  const { t } = useI18n();
  const shapes = useQuery(provinceShapesQuery);
  const ministries = useQuery(orgUnitsOfKindQuery('ministry'));
  const ministryId = ministries.data?.items[0]?.id ?? '';
  const departments = useInfiniteQuery({ ...orgUnitChildrenQuery(ministryId), enabled: ministryId !== '' });

  const departmentList = (departments.data?.pages ?? [])
    .flatMap((page) => page.items)
    .filter((unit) => unit.kind === 'department' && unit.provinceCode !== null);
  const departmentOf = new Map(departmentList.map((department) => [department.provinceCode, department]));
  const communes = Object.fromEntries(
    departmentList.map((department) => [department.provinceCode, department.descendantCounts.commune ?? 0]),
  );
  const error = shapes.error ?? ministries.error ?? departments.error;

  return (
    <Page title={t.map.title}>
      <Text maw="65ch">{t.map.intro}</Text>
      {error && <ErrorAlert error={error} />}
      {shapes.data && departments.data ? (
        <ProvinceMap
          shapes={shapes.data}
          valueLabel={t.map.communes}
          values={communes}
          formatValue={formatNumber}
          linkFor={(code) => {
            const department = departmentOf.get(code);
            return department && unitPath(department.id);
          }}
        />
      ) : (
        !error && <Text role="status">{t.app.loading}</Text>
      )}
    </Page>
  );
}
