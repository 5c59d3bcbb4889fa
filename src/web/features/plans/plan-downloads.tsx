import { Button, Group } from '@mantine/core';
import { usePlanMessages } from './use-plan-messages';

/** The plan as an official document: DOCX to edit further, PDF to print. */
export function PlanDownloads({ planId }: { planId: string }) {
  const plans = usePlanMessages();
  return (
    <Group gap="sm">
      {(['docx', 'pdf'] as const).map((format) => (
        <Button
          key={format}
          component="a"
          href={`/api/plans/${planId}/document?format=${format}`}
          variant="default"
          download
        >
          {format === 'docx' ? plans.page.downloadDocx : plans.page.downloadPdf}
        </Button>
      ))}
    </Group>
  );
}
