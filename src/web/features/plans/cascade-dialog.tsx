import { Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { CascadeRequest } from '../../../contract/plans/cascade';
import { apiRequest } from '../../api/api-request';
import { AppDialog } from '../../components/app-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { formatNumber } from '../../i18n/format';
import { useCurrentSession } from '../auth/session';
import { orgUnitQuery } from '../org/org-queries';
import { DayInput } from '../reporting/day-input';
import { planKeys } from './plan-queries';
import { usePlanMessages } from './use-plan-messages';

type CascadeKind = CascadeRequest['kinds'][number];
const kinds: CascadeKind[] = ['department', 'commune', 'district_office', 'school'];

/**
 * Requires units below the issuer to issue their implementing plan by a date. Only the kinds of unit
 * the issuer has below it are offered (a Sở has no Sở below it), once it is known which those are.
 */
export function CascadeDialog({ planId, issuerId }: { planId: string; issuerId: string }) {
  const plans = usePlanMessages();
  const labels = plans.actions;
  const queryClient = useQueryClient();
  const { csrfToken } = useCurrentSession();
  const [opened, dialog] = useDisclosure(false);
  const below = useQuery({ ...orgUnitQuery(issuerId), enabled: opened }).data?.counts;
  const offered = below ? kinds.filter((kind) => (below[kind] ?? 0) > 0) : kinds;
  const [chosen, setChosen] = useState<string[]>([]);
  const [dueOn, setDueOn] = useState('');
  const [errors, setErrors] = useState<{ kinds?: string; dueOn?: string }>({});
  const cascade = useMutation({
    mutationFn: (request: CascadeRequest) =>
      apiRequest<{ required: number }>(`/api/plans/${planId}/cascade`, {
        method: 'POST',
        body: request,
        csrfToken,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planKeys.all }),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // A kind ticked before the issuer's kinds were known, and offered no more, is not sent.
    const sent = offered.filter((kind) => chosen.includes(kind));
    const found = {
      kinds: sent.length > 0 ? undefined : labels.cascadeKindsRequired,
      dueOn: dueOn ? undefined : labels.cascadeDueRequired,
    };
    setErrors(found);
    if (found.kinds || found.dueOn) return;
    cascade.mutate({ kinds: sent, dueOn });
  };

  return (
    <>
      <Button variant="light" onClick={dialog.open}>
        {labels.cascade}
      </Button>
      <AppDialog opened={opened} onClose={dialog.close} title={labels.cascade}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text size="sm">{labels.cascadeIntro}</Text>
            <Checkbox.Group
              label={labels.cascadeKinds}
              value={chosen}
              onChange={setChosen}
              error={errors.kinds}
            >
              <Stack gap="xs" mt="xs">
                {offered.map((kind) => (
                  <Checkbox key={kind} value={kind} label={labels.cascadeKindOptions[kind]} />
                ))}
              </Stack>
            </Checkbox.Group>
            <DayInput
              label={labels.cascadeDue}
              value={dueOn}
              onChange={setDueOn}
              error={errors.dueOn}
              required
            />
            {cascade.isError && <ErrorAlert error={cascade.error} />}
            {cascade.isSuccess && (
              <Text role="status" c="green.9" fw={600}>
                {labels.cascadeDone(formatNumber(cascade.data.required))}
              </Text>
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={dialog.close}>
                {labels.cancel}
              </Button>
              <Button type="submit" loading={cascade.isPending}>
                {labels.cascadeSubmit}
              </Button>
            </Group>
          </Stack>
        </form>
      </AppDialog>
    </>
  );
}
