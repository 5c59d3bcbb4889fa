import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { useI18n } from '../i18n/i18n-provider';
import { ConfirmDialog } from './confirm-dialog';
import { registerUnsavedChangesGuard } from './unsaved-changes';

/** The question before changes not saved are dropped; `confirmLabel` names the way out ("Rời trang…"). */
export function LeaveWithoutSavingDialog({
  opened,
  confirmLabel,
  onConfirm,
  onClose,
}: {
  opened: boolean;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <ConfirmDialog
      opened={opened}
      title={t.app.leaveTitle}
      confirmLabel={confirmLabel}
      cancelLabel={t.app.stay}
      danger
      onConfirm={onConfirm}
      onClose={onClose}
    >
      {t.app.leaveQuestion}
    </ConfirmDialog>
  );
}

/**
 * Asks before the person leaves a page whose changes are not all saved (a save still waiting, or one
 * the server refused): the browser's own question on a reload or a closed tab, a dialog for a link
 * within the app. Signing out, and a session that ends, ask through `hasUnsavedChanges`: they take
 * the page away without a navigation this guard could stop.
 */
export function UnsavedChangesGuard({ hasUnsaved }: { hasUnsaved: () => boolean }) {
  const { t } = useI18n();

  useEffect(() => registerUnsavedChangesGuard(hasUnsaved), [hasUnsaved]);

  useEffect(() => {
    const askFirst = (event: BeforeUnloadEvent) => {
      if (!hasUnsaved()) return;
      event.preventDefault();
      // Browsers before 2023 (still on many phones) ask only when a return value is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', askFirst);
    return () => window.removeEventListener('beforeunload', askFirst);
  }, [hasUnsaved]);

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && hasUnsaved(),
  );

  return (
    <LeaveWithoutSavingDialog
      opened={blocker.state === 'blocked'}
      confirmLabel={t.app.leave}
      onConfirm={() => blocker.proceed?.()}
      onClose={() => blocker.reset?.()}
    />
  );
}
