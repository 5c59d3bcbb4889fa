import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { type OrgUnitKind, type SchoolLevel, schoolLevels } from '../../../contract/org';
import { reportingKinds } from '../../../contract/reporting/deadline-order';
import { type PeriodKind, periodKinds } from '../../../contract/reporting/fields';
import type { ReportForm, ReportingRound } from '../../../contract/reporting/reports';
import { apiRequest } from '../../api/api-request';
import { ErrorAlert } from '../../components/error-alert';
import { scrollToFirstInvalidField } from '../../components/first-invalid-field';
import { Section } from '../../components/section';
import type { SearchOption } from '../../components/server-search-select';
import { useI18n } from '../../i18n/i18n-provider';
import { actingUnit, useCurrentSession } from '../auth/session';
import { spokenUnitName } from '../org/unit-name';
import { UnitPicker } from '../org/unit-picker';
import { DayInput } from './day-input';
import { ExtraQuestionsInput } from './extra-questions-input';
import { type NewRoundDraft, newRoundErrors, newRoundRequests } from './new-round-draft';
import { reportingKeys } from './reporting-queries';
import { type ChosenPlan, RoundPlanPicker } from './round-plan-picker';
import { useReportingMessages } from './use-reporting-messages';

/** Opens a round on an issued plan: derives its form, then asks the chosen units to report by their deadlines. */
export function NewRoundForm({ planId }: { planId: string | null }) {
  const { t } = useI18n();
  const reporting = useReportingMessages();
  const labels = reporting.newRound;
  const session = useCurrentSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const ownUnit = actingUnit(session);
  const [draft, setDraft] = useState<NewRoundDraft>({
    planId,
    formTitle: '',
    extraQuestions: [],
    title: '',
    periodKind: 'school_year',
    periodStart: '',
    periodEnd: '',
    targetYear: new Date().getFullYear(),
    under: ownUnit?.id ?? null,
    kinds: ['school'],
    schoolLevels: [],
    deadlines: {},
  });
  const [underOption, setUnderOption] = useState<SearchOption | undefined>(
    ownUnit ? { value: ownUnit.id, label: spokenUnitName(ownUnit.name) } : undefined,
  );
  // The units that report lie under the plan's issuer, and its targets cover only its own years.
  const choosePlan = useCallback((plan: ChosenPlan | null) => {
    setDraft((current) => ({
      ...current,
      planId: plan?.id ?? null,
      ...(plan && {
        under: plan.issuer.id,
        targetYear: Math.min(Math.max(current.targetYear, plan.periodStartYear), plan.periodEndYear),
      }),
    }));
    if (plan) setUnderOption({ value: plan.issuer.id, label: spokenUnitName(plan.issuer.name) });
  }, []);
  const [tried, setTried] = useState(false);
  const createdForm = useRef<{ request: string; id: string } | null>(null);
  const errors = tried ? newRoundErrors(draft) : {};
  const change = (changes: Partial<NewRoundDraft>) => setDraft((current) => ({ ...current, ...changes }));
  const problem = (key: string) => {
    const found = errors[key];
    return found ? labels[found] : undefined;
  };

  const open = useMutation({
    mutationFn: async () => {
      const requests = newRoundRequests(draft);
      const { csrfToken } = session;
      // A round refused after its form was made (a deadline to correct) reuses that form when retried.
      const formRequest = JSON.stringify(requests.form);
      const formId =
        createdForm.current?.request === formRequest
          ? createdForm.current.id
          : (
              await apiRequest<ReportForm>('/api/report-forms', {
                method: 'POST',
                body: requests.form,
                csrfToken,
              })
            ).id;
      createdForm.current = { request: formRequest, id: formId };
      return apiRequest<ReportingRound>('/api/reporting-rounds', {
        method: 'POST',
        body: requests.round(formId),
        csrfToken,
      });
    },
    onSuccess: async (round) => {
      await queryClient.invalidateQueries({ queryKey: reportingKeys.all });
      navigate(`/dot-bao-cao/${round.id}`);
    },
  });

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (Object.keys(newRoundErrors(draft)).length === 0) open.mutate();
        else scrollToFirstInvalidField(event.currentTarget);
      }}
    >
      <Stack gap="md">
        <Section title={labels.formPart}>
          <RoundPlanPicker
            unitId={ownUnit?.id}
            value={draft.planId}
            onChange={choosePlan}
            error={problem('planId')}
          />
          <TextInput
            label={labels.formTitle}
            description={labels.formTitleHint}
            value={draft.formTitle}
            onChange={(event) => change({ formTitle: event.currentTarget.value })}
          />
          <ExtraQuestionsInput
            questions={draft.extraQuestions}
            errors={errors}
            onChange={(extraQuestions) => change({ extraQuestions })}
          />
        </Section>

        <Section title={labels.roundPart}>
          <TextInput
            label={labels.roundTitle}
            value={draft.title}
            onChange={(event) => change({ title: event.currentTarget.value })}
            required
            error={problem('title')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={labels.periodKind}
              data={periodKinds.map((kind) => ({ value: kind, label: reporting.periodKinds[kind] }))}
              value={draft.periodKind}
              onChange={(kind) => kind && change({ periodKind: kind as PeriodKind })}
              allowDeselect={false}
            />
            <NumberInput
              label={labels.targetYear}
              value={draft.targetYear}
              onChange={(year) => change({ targetYear: Number(year) || draft.targetYear })}
              min={2000}
              max={2100}
              thousandSeparator=""
              hideControls
            />
            <DayInput
              label={labels.periodStart}
              value={draft.periodStart}
              onChange={(periodStart) => change({ periodStart })}
              required
              error={problem('periodStart')}
            />
            <DayInput
              label={labels.periodEnd}
              value={draft.periodEnd}
              onChange={(periodEnd) => change({ periodEnd })}
              required
              error={problem('periodEnd')}
            />
          </SimpleGrid>
        </Section>

        <Section title={labels.unitsPart}>
          <UnitPicker
            label={labels.under}
            description={labels.underHint}
            value={draft.under}
            onChange={(under) => change({ under })}
            initial={underOption}
            required
            error={problem('under')}
          />
          <Checkbox.Group
            label={labels.kinds}
            value={draft.kinds}
            onChange={(kinds) => change({ kinds: kinds as OrgUnitKind[] })}
            error={problem('kinds')}
            withAsterisk
          >
            <Group gap="md" mt="xs">
              {reportingKinds.map((kind) => (
                <Checkbox key={kind} value={kind} label={t.org.kinds[kind]} />
              ))}
            </Group>
          </Checkbox.Group>
          {draft.kinds.includes('school') && (
            <Checkbox.Group
              label={labels.schoolLevels}
              value={draft.schoolLevels}
              onChange={(levels) => change({ schoolLevels: levels as SchoolLevel[] })}
            >
              <Group gap="md" mt="xs">
                {schoolLevels.map((level) => (
                  <Checkbox key={level} value={level} label={t.org.schoolLevels[level]} />
                ))}
              </Group>
            </Checkbox.Group>
          )}
        </Section>

        {draft.kinds.length > 0 && (
          <Section title={labels.deadlinesPart}>
            <Stack gap="sm">
              <Text size="sm">{labels.deadlinesHint}</Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                {reportingKinds
                  .filter((kind) => draft.kinds.includes(kind))
                  .map((kind) => (
                    <DayInput
                      key={kind}
                      label={labels.deadlineFor(t.org.kinds[kind])}
                      value={draft.deadlines[kind] ?? ''}
                      onChange={(dueOn) => change({ deadlines: { ...draft.deadlines, [kind]: dueOn } })}
                      required
                      error={problem(`deadline.${kind}`)}
                    />
                  ))}
              </SimpleGrid>
            </Stack>
          </Section>
        )}

        {open.isError && <ErrorAlert error={open.error} />}
        <Button type="submit" w="fit-content" loading={open.isPending}>
          {labels.open}
        </Button>
      </Stack>
    </form>
  );
}
