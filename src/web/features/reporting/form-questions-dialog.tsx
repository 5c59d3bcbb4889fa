import { Alert, Button, Group, List, Loader, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ReportForm } from '../../../contract/reporting/reports';
import { apiRequest } from '../../api/api-request';
import { ErrorAlert } from '../../components/error-alert';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-provider';
import { useCurrentSession } from '../auth/session';
import { ExtraQuestionsInput } from './extra-questions-input';
import { type ExtraQuestion, extraQuestionErrors } from './new-round-draft';
import { formQuery, reportingKeys } from './reporting-queries';
import { useReportToolsMessages } from './use-report-tools-messages';

const extraQuestionsOf = (form: ReportForm): ExtraQuestion[] =>
  form.fields
    .filter((field) => !field.fromPlan)
    .map((field) => ({ id: field.indicatorId, label: field.label, type: field.type }));

/** The extra questions of the form's latest version, edited into its next version. */
function FormQuestionsEditor({ form, onSaved }: { form: ReportForm; onSaved: (form: ReportForm) => void }) {
  const labels = useReportToolsMessages().form;
  const { csrfToken } = useCurrentSession();
  const [questions, setQuestions] = useState(() => extraQuestionsOf(form));
  const [showErrors, setShowErrors] = useState(false);
  const errors = showErrors ? extraQuestionErrors(questions) : {};
  const save = useMutation({
    mutationFn: () =>
      apiRequest<ReportForm>(`/api/report-forms/${form.id}/versions`, {
        method: 'POST',
        body: {
          version: form.version,
          extraQuestions: questions.map(({ id, label, type }) =>
            id === undefined ? { label: label.trim(), type } : { id, label: label.trim() },
          ),
        },
        csrfToken,
      }),
    onSuccess: onSaved,
  });
  const planFields = form.fields.filter((field) => field.fromPlan);
  return (
    <Stack gap="md">
      <Text size="sm">{labels.versionNote(formatNumber(form.version))}</Text>
      {planFields.length > 0 && (
        <Stack gap={4}>
          <Text fw={500} size="sm">
            {labels.planFields}
          </Text>
          <List size="sm" spacing={2}>
            {planFields.map((field) => (
              <List.Item key={field.indicatorId}>{field.label}</List.Item>
            ))}
          </List>
        </Stack>
      )}
      <ExtraQuestionsInput
        questions={questions}
        errors={errors}
        onChange={setQuestions}
        keptTypeHint={labels.typeKept}
      />
      {save.isError && <ErrorAlert error={save.error} />}
      <Group justify="flex-end">
        <Button
          loading={save.isPending}
          onClick={() => {
            setShowErrors(true);
            if (Object.keys(extraQuestionErrors(questions)).length === 0) save.mutate();
          }}
        >
          {labels.save}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * Adding, relabelling and removing a form's extra questions, saved as a new version of the form:
 * what was submitted keeps the version it was filled on.
 */
export function FormQuestionsDialog({ formId }: { formId: string }) {
  const labels = useReportToolsMessages().form;
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const phone = useMediaQuery('(max-width: 36em)');
  const [opened, setOpened] = useState(false);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const form = useQuery({ ...formQuery(formId), enabled: opened });
  const saved = (next: ReportForm) => {
    queryClient.setQueryData(reportingKeys.form(formId), next);
    setSavedVersion(next.version);
    setOpened(false);
  };
  return (
    <Stack gap="sm">
      <Group>
        <Button variant="default" onClick={() => setOpened(true)}>
          {labels.edit}
        </Button>
      </Group>
      {savedVersion !== null && (
        <Alert color="green" variant="light" role="status">
          {labels.saved(formatNumber(savedVersion))}
        </Alert>
      )}
      <Modal.Root opened={opened} onClose={() => setOpened(false)} fullScreen={phone} size="lg" centered>
        <Modal.Overlay />
        <Modal.Content>
          <Modal.Header component="div">
            <Modal.Title fw={700}>{labels.title}</Modal.Title>
            <Modal.CloseButton aria-label={t.app.close} />
          </Modal.Header>
          <Modal.Body>
            {form.data ? (
              <FormQuestionsEditor key={form.data.version} form={form.data} onSaved={saved} />
            ) : form.isError ? (
              <ErrorAlert error={form.error} />
            ) : (
              <Group gap="xs" role="status">
                <Loader size="sm" />
                <Text size="sm">{labels.loading}</Text>
              </Group>
            )}
          </Modal.Body>
        </Modal.Content>
      </Modal.Root>
    </Stack>
  );
}
