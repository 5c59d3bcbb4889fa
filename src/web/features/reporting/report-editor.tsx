import { Paper, Stack, Textarea } from '@mantine/core';
import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { narrativeKeys } from '../../../contract/reporting/fields';
import type { Report } from '../../../contract/reporting/reports';
import { scrollToFirstInvalidField } from '../../components/first-invalid-field';
import { Section } from '../../components/section';
import { UnsavedChangesGuard } from '../../components/unsaved-changes-guard';
import { draftOf, type EditorHandle, noEditor, type ReportDraft } from './report-draft';
import { ReportFieldInput } from './report-field-input';
import { ReportSaveStatus } from './report-save-status';
import { useReportAutosave } from './use-report-autosave';
import { useReportingMessages } from './use-reporting-messages';

/** The report being filled: each question by its type and the three narrative parts, saved as typed. */
interface ReportEditorProps {
  report: Report;
  onTakeTheirs: () => void;
  /** Receives how the page saves what is typed, or hands it to a submission. */
  handleRef: RefObject<EditorHandle>;
}

export function ReportEditor({ report, onTakeTheirs, handleRef }: ReportEditorProps) {
  const labels = useReportingMessages().report;
  const [draft, setDraft] = useState<ReportDraft>(() => draftOf(report));
  const autosave = useReportAutosave(report, draft);
  const { saveNow, hasUnsaved, handOver } = autosave;
  const fieldsRef = useRef<HTMLDivElement>(null);
  // A value held back as invalid may be screens away on a phone: saving by hand, or submitting, shows it.
  const saveAndShowInvalid = useCallback(async () => {
    await saveNow();
    scrollToFirstInvalidField(fieldsRef.current);
  }, [saveNow]);
  useEffect(() => {
    handleRef.current = {
      flush: async () => {
        await saveAndShowInvalid();
        return !hasUnsaved();
      },
      handOver: async () => {
        const handed = await handOver();
        if (!handed) scrollToFirstInvalidField(fieldsRef.current);
        return handed;
      },
    };
    return () => {
      handleRef.current = noEditor;
    };
  }, [handleRef, saveAndShowInvalid, hasUnsaved, handOver]);

  return (
    <Stack gap="md">
      <UnsavedChangesGuard hasUnsaved={hasUnsaved} />
      <Paper withBorder p="sm" pos="sticky" top={68} style={{ zIndex: 2 }} shadow="xs">
        <ReportSaveStatus
          state={autosave.state}
          onSaveNow={saveAndShowInvalid}
          onKeepMine={autosave.keepMine}
          onTakeTheirs={onTakeTheirs}
        />
      </Paper>
      <Section title={labels.figures}>
        <Stack gap="lg" ref={fieldsRef}>
          {report.fields.map((field) => {
            const entry = draft.entries[field.indicatorId];
            if (!entry) return null;
            return (
              <ReportFieldInput
                key={field.indicatorId}
                field={field}
                entry={entry}
                problem={autosave.problems[field.indicatorId]}
                onChange={(next) =>
                  setDraft((current) => ({
                    ...current,
                    entries: { ...current.entries, [field.indicatorId]: next },
                  }))
                }
              />
            );
          })}
        </Stack>
      </Section>
      <Section title={labels.narrative}>
        <Stack gap="lg">
          {narrativeKeys.map((key) => (
            <Textarea
              key={key}
              label={labels.narrativeSections[key]}
              value={draft.narrative[key]}
              onChange={(event) => {
                const text = event.currentTarget.value;
                setDraft((current) => ({ ...current, narrative: { ...current.narrative, [key]: text } }));
              }}
              autosize
              minRows={4}
            />
          ))}
        </Stack>
      </Section>
    </Stack>
  );
}
