import { Stack, Text } from '@mantine/core';
import { narrativeKeys } from '../../../contract/reporting/fields';
import type { Report } from '../../../contract/reporting/reports';
import { Section } from '../../components/section';
import { ReportFieldsView } from './report-field-view';
import { useReportingMessages } from './use-reporting-messages';

/** A report that cannot be edited by this person now: submitted, approved, in a closed round, or another unit's. */
export function ReportReader({ report }: { report: Report }) {
  const labels = useReportingMessages().report;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {labels.lockedNote}
      </Text>
      <Section title={labels.figures}>
        <ReportFieldsView fields={report.fields} />
      </Section>
      <Section title={labels.narrative}>
        <Stack component="dl" gap="sm" m={0}>
          {narrativeKeys.map((key) => (
            <div key={key}>
              <Text component="dt" fw={600} size="sm">
                {labels.narrativeSections[key]}
              </Text>
              <Text
                component="dd"
                m={0}
                style={{ whiteSpace: 'pre-wrap' }}
                c={report.narrative[key] ? undefined : 'dimmed'}
              >
                {report.narrative[key] || labels.notAnswered}
              </Text>
            </div>
          ))}
        </Stack>
      </Section>
    </Stack>
  );
}
