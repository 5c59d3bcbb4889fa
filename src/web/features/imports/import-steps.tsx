import { Button, FileInput, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-provider';

interface ImportStepsProps {
  templateUrl: string;
  flow: {
    file: File | null;
    step: 'choose' | 'checking' | 'checked' | 'applying' | 'applied';
    progress: number;
    error: unknown;
    choose(file: File | null): void;
    check(): Promise<void>;
    apply(): Promise<unknown>;
  };
  /** Whether the checked file may be applied: nothing rejected and something to do. */
  canApply: boolean;
  report: ReactNode;
  result: ReactNode;
  /** What the template is for and what the file holds, when it is not a list to import. */
  texts?: { templateIntro: string; chooseFile: string };
}

/** Template download, file choice, check, report and apply, with progress while the file travels. */
export function ImportSteps({ templateUrl, flow, canApply, report, result, texts }: ImportStepsProps) {
  const { t } = useI18n();
  const { templateIntro, chooseFile } = texts ?? t.imports;
  const busy = flow.step === 'checking' || flow.step === 'applying';
  return (
    <Stack gap="lg" maw={900}>
      <Paper withBorder p={{ base: 'md', xs: 'lg' }}>
        <Stack gap="md">
          <Text>{templateIntro}</Text>
          {/* Buttons, not inline links: a finger on a phone needs the larger target. */}
          <Group gap="sm">
            <Button component="a" href={`${templateUrl}?format=xlsx`} download variant="default">
              {t.imports.templateXlsx}
            </Button>
            <Button component="a" href={`${templateUrl}?format=csv`} download variant="default">
              {t.imports.templateCsv}
            </Button>
          </Group>
          <FileInput
            label={chooseFile}
            description={t.imports.fileHint}
            placeholder={t.imports.noFile}
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            value={flow.file}
            onChange={flow.choose}
            disabled={busy}
            clearable
            clearButtonProps={{ 'aria-label': t.imports.clearFile }}
          />
          <Group>
            <Button onClick={flow.check} disabled={!flow.file || busy} loading={flow.step === 'checking'}>
              {t.imports.check}
            </Button>
          </Group>
          {busy && (
            <Stack gap={4} role="status">
              <Text size="sm">{flow.progress < 1 ? t.imports.uploading : t.imports.processing}</Text>
              <Progress
                value={flow.progress * 100}
                animated={flow.progress >= 1}
                aria-label={t.imports.uploading}
              />
            </Stack>
          )}
          {flow.error !== null && <ErrorAlert error={flow.error} />}
        </Stack>
      </Paper>
      {(flow.step === 'checked' || flow.step === 'applying') && (
        <Paper withBorder p={{ base: 'md', xs: 'lg' }}>
          <Stack gap="md">
            {report}
            <Group>
              <Button onClick={flow.apply} disabled={!canApply || busy} loading={flow.step === 'applying'}>
                {t.imports.apply}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
      {flow.step === 'applied' && (
        <Paper withBorder p={{ base: 'md', xs: 'lg' }}>
          {result}
        </Paper>
      )}
    </Stack>
  );
}
