import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { Report } from '../../../contract/reporting/reports';
import { ApiError } from '../../api/api-error';
import { apiRequest } from '../../api/api-request';
import type { AutosaveProgress } from '../../components/autosave-status';
import { useQuietSave } from '../../components/use-quiet-save';
import type { FieldProblem } from '../../i18n/reporting-vi';
import { useCurrentSession } from '../auth/session';
import { handleSessionError } from '../auth/session-errors';
import { type FieldValue, problemOfRefused } from './field-entry';
import { type HandedOver, type ReportDraft, valuesOfDraft } from './report-draft';
import { reportingKeys } from './reporting-queries';

/** Quiet time after the last keystroke before the report is saved. */
const QUIET_MS = 1500;

export type ReportSaveState =
  | AutosaveProgress
  /** Someone else saved first: nothing more is sent until the person chooses whose content to keep. */
  | { kind: 'conflict' };

export type FieldProblems = Readonly<Record<string, FieldProblem>>;

const refusedFields = (error: ApiError): string[] =>
  Array.isArray(error.problem.errors)
    ? (error.problem.errors as { path?: unknown }[]).flatMap((entry) =>
        typeof entry.path === 'string' && entry.path.startsWith('body.values.')
          ? [entry.path.slice('body.values.'.length)]
          : [],
      )
    : [];

/**
 * Saves the report a moment after the person stops typing, carrying the version it was read at so
 * a colleague's newer save is never overwritten: on 409 the typed content stays on screen, unsaved,
 * until the person decides to save it over the newer one or to take the newer one.
 */
export function useReportAutosave(report: Report, draft: ReportDraft) {
  const { csrfToken } = useCurrentSession();
  const queryClient = useQueryClient();
  const version = useRef(report.version);
  const saved = useRef(draft);
  const latest = useRef(draft);
  latest.current = draft;
  const stopped = useRef(false);
  const [state, setState] = useState<ReportSaveState>({ kind: 'saved', at: null });
  const [problems, setProblemsState] = useState<FieldProblems>({});
  const problemsNow = useRef<FieldProblems>({});
  const setProblems = useCallback((next: FieldProblems) => {
    problemsNow.current = next;
    setProblemsState(next);
  }, []);
  const conflicted = state.kind === 'conflict';
  // The draft the server last refused values of: handed to a submission unchanged, it would be refused again.
  const refusedDraft = useRef<ReportDraft | null>(null);

  /** Marks the fields the server refused in `sent`; false when the error names none. */
  const markRefused = useCallback(
    (error: unknown, sent: ReportDraft, values: Record<string, FieldValue>, found: FieldProblems) => {
      const refused = error instanceof ApiError ? refusedFields(error) : [];
      if (refused.length === 0) return false;
      const types = new Map(report.fields.map((field) => [field.indicatorId, field.type]));
      const serverProblems = Object.fromEntries(
        refused.map((id) => [id, problemOfRefused(types.get(id) ?? 'text', values[id] ?? null)]),
      );
      refusedDraft.current = sent;
      setProblems({ ...found, ...serverProblems });
      setState({ kind: 'invalid' });
      return true;
    },
    [report.fields, setProblems],
  );

  const send = useCallback(async (): Promise<void> => {
    const sending = latest.current;
    if (sending === saved.current || stopped.current) return;
    const { values, problems: found } = valuesOfDraft(report.fields, sending);
    setProblems(found);
    setState({ kind: 'saving' });
    try {
      const updated = await apiRequest<Report>(`/api/reports/${report.id}`, {
        method: 'PUT',
        body: { version: version.current, values, narrative: sending.narrative },
        csrfToken,
      });
      version.current = updated.version;
      saved.current = sending;
      queryClient.setQueryData(reportingKeys.report(report.id), updated);
      if (Object.keys(found).length > 0) setState({ kind: 'invalid' });
      else setState(latest.current === sending ? { kind: 'saved', at: new Date() } : { kind: 'unsaved' });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'version_conflict') {
        stopped.current = true;
        setState({ kind: 'conflict' });
        return;
      }
      handleSessionError(queryClient, error, 'write');
      if (!markRefused(error, sending, values, found)) setState({ kind: 'failed', error });
    }
  }, [report.id, report.fields, csrfToken, queryClient, setProblems, markRefused]);

  const { save, settled } = useQuietSave({
    draft,
    saved,
    paused: conflicted,
    quietMs: QUIET_MS,
    send,
    setState,
  });

  /** Saves what the person typed over the newer version someone else saved. */
  const keepMine = useCallback(async () => {
    const current = await queryClient.fetchQuery({
      queryKey: reportingKeys.report(report.id),
      queryFn: () => apiRequest<Report>(`/api/reports/${report.id}`),
      staleTime: 0,
    });
    version.current = current.version;
    stopped.current = false;
    saved.current = { ...saved.current };
    setState({ kind: 'unsaved' });
    await save();
  }, [queryClient, report.id, save]);

  /** True while something typed is not saved (unsent, refused or in conflict). */
  const hasUnsaved = useCallback(
    () => latest.current !== saved.current || Object.keys(problemsNow.current).length > 0,
    [],
  );

  /**
   * Takes what is typed and not saved yet off the autosave, once a save under way is done, for a
   * submission to save in its own request; null while a value is not accepted or a colleague's newer
   * save is unresolved. The version read travels even when nothing is unsaved, so a colleague's newer
   * save is never submitted unseen.
   */
  const handOver = useCallback(async (): Promise<HandedOver | null> => {
    await settled();
    const sending = latest.current;
    const { values, problems: found } = valuesOfDraft(report.fields, sending);
    if (Object.keys(found).length > 0) {
      setProblems(found);
      setState({ kind: 'invalid' });
      return null;
    }
    if (stopped.current || sending === refusedDraft.current) return null;
    const before = saved.current;
    const unsaved = sending !== before;
    saved.current = sending;
    return {
      changes: unsaved
        ? { version: version.current, values, narrative: sending.narrative }
        : { version: version.current, values: {} },
      unanswered: report.fields.filter((field) => (values[field.indicatorId] ?? null) === null).length,
      giveBack: (error) => {
        if (saved.current !== sending) return;
        saved.current = before;
        if (unsaved && !markRefused(error, sending, values, {})) void save();
      },
    };
  }, [report.fields, setProblems, markRefused, save, settled]);

  return { state, problems, saveNow: save, keepMine, hasUnsaved, handOver };
}
