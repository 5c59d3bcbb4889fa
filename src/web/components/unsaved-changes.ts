/** The guards of the pages open now (see `UnsavedChangesGuard`): whether each page holds unsaved changes. */
const openGuards = new Set<() => boolean>();

/** Counts a page's guard among those asked by `hasUnsavedChanges`; returns the way to stop. */
export function registerUnsavedChangesGuard(hasUnsaved: () => boolean): () => void {
  openGuards.add(hasUnsaved);
  return () => {
    openGuards.delete(hasUnsaved);
  };
}

/** Whether a page open now holds changes not saved yet. */
export const hasUnsavedChanges = (): boolean => [...openGuards].some((hasUnsaved) => hasUnsaved());
