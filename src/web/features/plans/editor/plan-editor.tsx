import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Plan } from '../../../../contract/plans/plan';
import { UnsavedChangesGuard } from '../../../components/unsaved-changes-guard';
import { planKeys } from '../plan-queries';
import { usePlanMessages } from '../use-plan-messages';
import { draftErrors } from './draft-errors';
import { useFieldFeedback } from './field-feedback';
import { GeneralFields } from './general-fields';
import { LegalBasesEditor } from './legal-bases-editor';
import { ObjectivesEditor } from './objectives-editor';
import { type Draft, draftFromPlan } from './plan-draft';
import { RecipientsEditor } from './recipients-editor';
import { savableDraft } from './savable-draft';
import { SaveStatus } from './save-status';
import { SectionsEditor } from './sections-editor';
import { SignerFields } from './signer-fields';
import { TasksEditor } from './tasks-editor';
import { useAutosave } from './use-autosave';

function EditorPart({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Paper component="section" withBorder p={{ base: 'sm', xs: 'lg' }} aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          {title}
        </Title>
        {intro && <Text size="sm">{intro}</Text>}
        {children}
      </Stack>
    </Paper>
  );
}

/** Edits a draft plan part by part, saving on its own a few seconds after each change. */
export function PlanEditor({ plan, onReload }: { plan: Plan; onReload: (current: Plan) => void }) {
  const plans = usePlanMessages();
  const labels = plans.editor;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => draftFromPlan(plan));
  const autosave = useAutosave(plan, draft);
  const feedback = useFieldFeedback(new Map([...autosave.fieldErrors, ...draftErrors(draft, labels)]));
  const props = {
    draft,
    change: (changes: Partial<Draft>) => setDraft((current) => ({ ...current, ...changes })),
    fields: feedback.fields,
  };
  const { conceal } = feedback;
  // Once a save goes through, fields added after it wait again until the person leaves them.
  useEffect(() => {
    if (autosave.state.kind === 'saved') conceal();
  }, [autosave.state.kind, conceal]);

  const saveNow = () => {
    feedback.reveal();
    return autosave.saveNow();
  };

  const viewPlan = async () => {
    await saveNow();
    if (!autosave.hasUnsaved()) navigate(`/ke-hoach/${plan.id}`);
  };

  return (
    <Stack gap="md">
      <UnsavedChangesGuard hasUnsaved={autosave.hasUnsaved} />
      <Paper withBorder p="sm" pos="sticky" top={68} style={{ zIndex: 2 }} shadow="xs">
        <Group justify="space-between" gap="sm">
          <Stack flex={1} miw={200}>
            <SaveStatus
              state={autosave.state}
              errors={feedback.visibility}
              blankItems={savableDraft(draft).leftOut > 0}
              onSaveNow={saveNow}
              onReload={() => {
                if (autosave.state.kind !== 'conflict') return;
                queryClient.setQueryData(planKeys.detail(plan.id), autosave.state.current);
                onReload(autosave.state.current);
              }}
            />
          </Stack>
          <Button variant="light" onClick={viewPlan}>
            {labels.backToPlan}
          </Button>
        </Group>
      </Paper>
      <EditorPart title={labels.general}>
        <GeneralFields {...props} />
      </EditorPart>
      <EditorPart title={labels.legalBases}>
        <LegalBasesEditor {...props} />
      </EditorPart>
      <EditorPart title={labels.sections} intro={labels.sectionsIntro}>
        <SectionsEditor {...props} />
      </EditorPart>
      <EditorPart title={labels.objectives}>
        <ObjectivesEditor {...props} />
      </EditorPart>
      <EditorPart title={labels.tasks}>
        <TasksEditor {...props} />
      </EditorPart>
      <EditorPart title={labels.recipients}>
        <RecipientsEditor {...props} />
      </EditorPart>
      <EditorPart title={labels.signer}>
        <SignerFields {...props} />
      </EditorPart>
    </Stack>
  );
}
