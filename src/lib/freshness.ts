/**
 * How old a guide's facts are on the day the site is built. Providers move
 * pages and change limits, so a page says when its facts were checked and
 * warns once that is long ago. The build date is read here and nowhere else:
 * LEAKFIX_BUILD_DATE=2027-01-15 fixes it (tests, reproducible builds); unset,
 * it is today.
 */

/** Past this age a guide shows readers that its facts may have changed. */
export const STALE_AFTER_MONTHS = 12;
/** From this age `npm run check:content` reminds maintainers to review a guide, before readers see the notice. */
export const REVIEW_DUE_AFTER_MONTHS = 9;

export function buildDate(env: NodeJS.ProcessEnv = process.env, now = new Date()): Date {
  const value = env.LEAKFIX_BUILD_DATE;
  if (!value) return new Date(`${isoDate(now)}T00:00:00Z`);
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || isoDate(date) !== value) {
    throw new Error(`LEAKFIX_BUILD_DATE must be a date such as 2026-11-29; received "${value}"`);
  }
  return date;
}

/** "2026-11-29": the form pages show and <time datetime> carries. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The same day of the month `months` earlier, or that month's last day if it is shorter (31 March → 28 February). */
export function monthsBefore(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

export interface Freshness {
  /** The review date as YYYY-MM-DD. */
  reviewed: string;
  /** Reviewed more than STALE_AFTER_MONTHS before the build: readers are told the facts may have changed. */
  stale: boolean;
  /** Reviewed REVIEW_DUE_AFTER_MONTHS or more before the build: maintainers are told to review it. */
  reviewDue: boolean;
}

export function freshness(lastReviewed: Date, today: Date): Freshness {
  return {
    reviewed: isoDate(lastReviewed),
    stale: lastReviewed < monthsBefore(today, STALE_AFTER_MONTHS),
    reviewDue: lastReviewed <= monthsBefore(today, REVIEW_DUE_AFTER_MONTHS),
  };
}

/** One line per guide whose review is due, for `npm run check:content`. */
export function reviewReminders(guides: { file: string; lastReviewed: Date }[], today: Date): string[] {
  return guides
    .filter((guide) => freshness(guide.lastReviewed, today).reviewDue)
    .map(
      (guide) =>
        `${guide.file}: lastReviewed is ${isoDate(guide.lastReviewed)}, ${REVIEW_DUE_AFTER_MONTHS} months or more before ${isoDate(today)}: ` +
        `re-check its facts against the sources and update lastReviewed (the page warns readers after ${STALE_AFTER_MONTHS} months)`,
    );
}
