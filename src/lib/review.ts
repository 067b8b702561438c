/** What a reviewer should look at on a given day: checks now due, and pages not checked against their sources for long. */

export interface Dated {
  checkBy: string;
}

/** Checks whose date has come, oldest first, and those still to come. Dates are ISO days, compared as text. */
export function splitDue<T extends Dated>(checks: readonly T[], today: string): { due: T[]; upcoming: T[] } {
  const sorted = [...checks].sort((a, b) => a.checkBy.localeCompare(b.checkBy));
  return { due: sorted.filter((c) => c.checkBy <= today), upcoming: sorted.filter((c) => c.checkBy > today) };
}

/** The ISO day `months` before `today` (the day of the month clamped to the month's length). */
export function monthsBefore(today: string, months: number): string {
  const [y = 0, m = 1, d = 1] = today.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
