import { describe, expect, it } from 'vitest';
import { buildDate, freshness, monthsBefore, reviewReminders } from '../../src/lib/freshness';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('buildDate', () => {
  it('is LEAKFIX_BUILD_DATE when set', () => {
    expect(buildDate({ LEAKFIX_BUILD_DATE: '2027-01-15' })).toEqual(day('2027-01-15'));
  });

  it('is the start of the current UTC day when unset', () => {
    expect(buildDate({}, new Date('2027-05-06T23:59:59Z'))).toEqual(day('2027-05-06'));
  });

  it.each(['15/01/2027', '2027-02-30', '2027-1-5', 'tomorrow'])('rejects %s, naming the variable and the expected form', (value) => {
    expect(() => buildDate({ LEAKFIX_BUILD_DATE: value })).toThrow(
      `LEAKFIX_BUILD_DATE must be a date such as 2026-11-29; received "${value}"`,
    );
  });
});

describe('monthsBefore', () => {
  it('keeps the day of the month', () => {
    expect(monthsBefore(day('2027-12-03'), 12)).toEqual(day('2026-12-03'));
    expect(monthsBefore(day('2027-02-10'), 9)).toEqual(day('2026-05-10'));
  });

  it('falls back to the last day of a shorter month', () => {
    expect(monthsBefore(day('2027-03-31'), 1)).toEqual(day('2027-02-28'));
    expect(monthsBefore(day('2029-02-28'), 12)).toEqual(day('2028-02-28'));
  });
});

describe('freshness', () => {
  const reviewed = day('2026-11-29');

  it('is neither due nor stale the day of the review', () => {
    expect(freshness(reviewed, day('2026-11-29'))).toEqual({ reviewed: '2026-11-29', stale: false, reviewDue: false });
  });

  it('is due for review from 9 months on', () => {
    expect(freshness(reviewed, day('2027-08-28')).reviewDue).toBe(false);
    expect(freshness(reviewed, day('2027-08-29')).reviewDue).toBe(true);
  });

  it('is stale only after more than 12 months', () => {
    expect(freshness(reviewed, day('2027-11-29')).stale).toBe(false);
    expect(freshness(reviewed, day('2027-11-30'))).toEqual({ reviewed: '2026-11-29', stale: true, reviewDue: true });
  });

  it('treats a review date after the build date as fresh', () => {
    expect(freshness(day('2027-03-01'), day('2027-01-15'))).toMatchObject({ stale: false, reviewDue: false });
  });
});

describe('reviewReminders', () => {
  it('names each guide whose review is due, with its date', () => {
    const reminders = reviewReminders(
      [
        { file: 'content/secrets/old.mdx', lastReviewed: day('2026-01-10') },
        { file: 'content/guides/new.mdx', lastReviewed: day('2026-10-01') },
      ],
      day('2026-12-01'),
    );
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatch(/^content\/secrets\/old\.mdx: lastReviewed is 2026-01-10, 9 months or more before 2026-12-01/);
  });
});
