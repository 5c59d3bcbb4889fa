/**
 * Runs `task` at once and then `intervalMs` after each run ends, until stopped. A failed run goes to
 * `onError` and the next one still comes; the timer never keeps the process alive.
 */
export function startRepeating(
  task: () => Promise<unknown>,
  intervalMs: number,
  onError: (error: unknown) => void,
) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let stopped = false;
  const tick = async () => {
    running = task().catch(onError);
    await running;
    if (stopped) return;
    timer = setTimeout(tick, intervalMs);
    timer.unref();
  };
  timer = setTimeout(tick, 0);
  timer.unref();
  return {
    /** Stops the timer and waits for a run in progress. */
    async stop(): Promise<void> {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

export type RepeatingTask = ReturnType<typeof startRepeating>;
