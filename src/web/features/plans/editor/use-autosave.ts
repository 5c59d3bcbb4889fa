import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { PlanContent } from '../../../../contract/plans/content';
import type { Plan } from '../../../../contract/plans/plan';
import { ApiError } from '../../../api/api-error';
import { apiRequest } from '../../../api/api-request';
import type { AutosaveProgress } from '../../../components/autosave-status';
import { useQuietSave } from '../../../components/use-quiet-save';
import { useI18n } from '../../../i18n/i18n-provider';
import { useCurrentSession } from '../../auth/session';
import { handleSessionError } from '../../auth/session-errors';
import { planKeys } from '../plan-queries';
import { usePlanMessages } from '../use-plan-messages';
import { errorsStillApplying, type FieldErrors, fieldErrorsFrom, noFieldErrors } from './field-errors';
import { contentFromDraft, type Draft } from './plan-draft';
import { savableDraft } from './savable-draft';

const sameContent = (a: PlanContent, b: PlanContent) => JSON.stringify(a) === JSON.stringify(b);

/** Seconds of quiet after the last keystroke before a draft is saved. */
const QUIET_MS = 2500;

export type SaveState =
  | AutosaveProgress
  /** Someone else saved first: nothing more is sent until the person loads their version. */
  | { kind: 'conflict'; current: Plan };

/**
 * Saves the draft a few seconds after the person stops typing, with the version it was read at, so a
 * colleague's newer save is never overwritten: the server refuses with 409 and its current plan.
 */
export function useAutosave(plan: Plan, draft: Draft) {
  const { t } = useI18n();
  const plans = usePlanMessages();
  const { csrfToken } = useCurrentSession();
  const queryClient = useQueryClient();
  const version = useRef(plan.version);
  const saved = useRef(draft);
  const stopped = useRef(false);
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: null });
  const [refusal, setRefusal] = useState<{ errors: FieldErrors; draft: Draft }>({
    errors: noFieldErrors,
    draft,
  });
  const latest = useRef(draft);
  latest.current = draft;
  const conflicted = state.kind === 'conflict';

  const send = useCallback(async (): Promise<void> => {
    const sending = latest.current;
    if (sending === saved.current || stopped.current) return;
    const savable = savableDraft(sending);
    const content = contentFromDraft(savable.draft);
    // Only blank items added: nothing to send, and a save would make a colleague's copy stale for nothing.
    if (sameContent(content, contentFromDraft(savableDraft(saved.current).draft))) {
      saved.current = sending;
      setRefusal({ errors: noFieldErrors, draft: sending });
      setState({ kind: 'saved', at: new Date() });
      return;
    }
    setState({ kind: 'saving' });
    try {
      const updated = await apiRequest<Plan>(`/api/plans/${plan.id}`, {
        method: 'PUT',
        body: { ...content, version: version.current },
        csrfToken,
      });
      version.current = updated.version;
      saved.current = sending;
      queryClient.setQueryData(planKeys.detail(plan.id), updated);
      setRefusal({ errors: noFieldErrors, draft: sending });
      setState(latest.current === sending ? { kind: 'saved', at: new Date() } : { kind: 'unsaved' });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'version_conflict') {
        stopped.current = true;
        setState({ kind: 'conflict', current: error.problem.current as Plan });
        return;
      }
      handleSessionError(queryClient, error, 'write');
      const errors = fieldErrorsFrom(error, sending, t, plans, savable.toDraftPath);
      setRefusal({ errors, draft: sending });
      setState(errors.size > 0 ? { kind: 'invalid' } : { kind: 'failed', error });
    }
  }, [plan.id, csrfToken, queryClient, t, plans]);

  const { save } = useQuietSave({ draft, saved, paused: conflicted, quietMs: QUIET_MS, send, setState });

  const fieldErrors = errorsStillApplying(refusal.errors, refusal.draft, draft);
  const hasUnsaved = useCallback(() => latest.current !== saved.current, []);
  return { state, fieldErrors, saveNow: save, hasUnsaved };
}
