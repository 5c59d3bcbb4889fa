/** Vietnam keeps UTC+7 all year. */
const VIETNAM_OFFSET_HOURS = 7;

/** `dueOn` is the last day a report counts as on time: it is late from the midnight that ends that day in Vietnam. */
export function isLate(submittedAt: Date, dueOn: string): boolean {
  const endOfDueDay = new Date(`${dueOn}T00:00:00Z`);
  endOfDueDay.setUTCHours(24 - VIETNAM_OFFSET_HOURS);
  return submittedAt.getTime() >= endOfDueDay.getTime();
}
