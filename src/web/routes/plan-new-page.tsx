import { Button, Paper, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Plan } from '../../contract/plans/plan';
import { apiRequest } from '../api/api-request';
import { ErrorAlert } from '../components/error-alert';
import { Page } from '../components/page';
import { actingUnit, useCurrentSession } from '../features/auth/session';
import { spokenUnitName } from '../features/org/unit-name';
import { draftErrors } from '../features/plans/editor/draft-errors';
import { errorsStillApplying, fieldErrorsFrom, noFieldErrors } from '../features/plans/editor/field-errors';
import { useFieldFeedback } from '../features/plans/editor/field-feedback';
import { GeneralFields } from '../features/plans/editor/general-fields';
import { contentFromDraft, type Draft, emptyDraft } from '../features/plans/editor/plan-draft';
import { usePlanMessages } from '../features/plans/use-plan-messages';
import { useI18n } from '../i18n/i18n-provider';

/** Starts a draft for the unit of the active role with its title and period; the editor does the rest. */
export function PlanNewPage() {
  const { t } = useI18n();
  const plans = usePlanMessages();
  const labels = plans.editor;
  const navigate = useNavigate();
  const session = useCurrentSession();
  const { csrfToken } = session;
  const issuer = actingUnit(session);
  const [draft, setDraft] = useState(() => emptyDraft(new Date().getFullYear()));
  const create = useMutation({
    mutationFn: (content: Draft) =>
      apiRequest<Plan>('/api/plans', {
        method: 'POST',
        body: { issuerId: issuer?.id, ...contentFromDraft(content) },
        csrfToken,
      }),
    onSuccess: (plan) => navigate(`/ke-hoach/${plan.id}/sua`),
  });
  const refused = create.isError ? fieldErrorsFrom(create.error, create.variables, t, plans) : noFieldErrors;
  const serverErrors = errorsStillApplying(refused, create.variables ?? draft, draft);
  const localErrors = draftErrors(draft, labels);
  const feedback = useFieldFeedback(new Map([...serverErrors, ...localErrors]));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    feedback.reveal();
    if (localErrors.size === 0) create.mutate(draft);
  };

  return (
    <Page title={labels.newTitle}>
      <Text maw="65ch">{labels.newIntro}</Text>
      <Paper component="form" withBorder p={{ base: 'md', xs: 'lg' }} onSubmit={submit} noValidate>
        <Stack gap="md">
          {issuer && <Text fw={600}>{labels.issuerLine(spokenUnitName(issuer.name))}</Text>}
          <GeneralFields
            draft={draft}
            change={(changes) => setDraft((current) => ({ ...current, ...changes }))}
            fields={feedback.fields}
          />
          {create.isError && refused.size === 0 && <ErrorAlert error={create.error} />}
          <Button type="submit" w="fit-content" loading={create.isPending}>
            {labels.create}
          </Button>
        </Stack>
      </Paper>
    </Page>
  );
}
