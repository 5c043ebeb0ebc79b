export const DAY_MS = 86_400_000;

/**
 * "Within N days" is inclusive: exactly N days before `now` is within, N days and 1 ms is not.
 * A time after `now` (clock skew between departments) counts as within.
 */
export function isWithinDays(now: Date, at: Date | null, days: number): boolean {
  return at !== null && now.getTime() - at.getTime() <= days * DAY_MS;
}

/** The opposite of `isWithinDays` for a known time: strictly more than N days before `now`. */
export function isOlderThanDays(now: Date, at: Date, days: number): boolean {
  return now.getTime() - at.getTime() > days * DAY_MS;
}

/** Whole days elapsed from `at` to `now`, never negative. */
export function daysSince(now: Date, at: Date): number {
  return Math.max(0, Math.floor((now.getTime() - at.getTime()) / DAY_MS));
}

/** "today", "1 day ago", "12 days ago". */
export function describeAge(now: Date, at: Date): string {
  const days = daysSince(now, at);
  if (days === 0) return 'today';
  return days === 1 ? '1 day ago' : `${days} days ago`;
}

export function isoOrNull(at: Date | null): string | null {
  return at === null ? null : at.toISOString();
}

/** At least N days before `now` (exactly N days counts). */
export function isAtLeastDaysAgo(now: Date, at: Date, days: number): boolean {
  return now.getTime() - at.getTime() >= days * DAY_MS;
}
