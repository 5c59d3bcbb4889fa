import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Completeness } from '../../../contract/reporting/dashboards';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-provider';
import { ProvinceMap } from '../map/province-map';
import { provinceShapesQuery } from '../map/province-shapes';
import { unitPath } from '../org/at-date';
import { formatPercent } from './dashboard-format';
import { useDashboardMessages } from './use-dashboard-messages';

const PERCENT_SCALE = { min: 0, max: 100 };

/**
 * The provinces shaded by their share of reports submitted: every province for the ministry, the
 * department's own province for a Sở (there are no commune boundaries to draw).
 */
export function CompletenessMap({ completeness }: { completeness: Completeness }) {
  const { t } = useI18n();
  const messages = useDashboardMessages().map;
  const shapes = useQuery(provinceShapesQuery);
  const { unit, children, total } = completeness;
  const shaded =
    unit.kind === 'ministry'
      ? children.map((child) => ({ code: child.unit.provinceCode, share: child.share, id: child.unit.id }))
      : [{ code: unit.provinceCode, share: total.share, id: unit.id }];
  const byCode = new Map(
    shaded.flatMap(({ code, share, id }) => (code === null || share === null ? [] : [[code, { share, id }]])),
  );
  if (shapes.error) return <ErrorAlert error={shapes.error} />;
  if (!shapes.data) return <Text role="status">{t.app.loading}</Text>;
  return (
    <>
      {unit.kind !== 'ministry' && <Text size="sm">{messages.provinceNote}</Text>}
      <ProvinceMap
        shapes={shapes.data}
        valueLabel={messages.valueLabel}
        values={Object.fromEntries([...byCode].map(([code, { share }]) => [code, share]))}
        formatValue={formatPercent}
        scale={PERCENT_SCALE}
        linkFor={(code) => {
          const shade = byCode.get(code);
          return shade && unitPath(shade.id);
        }}
      />
    </>
  );
}
