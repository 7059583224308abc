import { describe, expect, it } from 'vitest';
import { isWithinBusinessHours } from './business-hours.ts';

const berlinWeekdays = { timeZone: 'Europe/Berlin', days: [1, 2, 3, 4, 5].map((day) => ({ day, open: '09:00', close: '18:00' })) };

describe('isWithinBusinessHours', () => {
  it('reads the window in the tenant time zone', () => {
    // Monday 2026-11-23: 08:30 UTC is 09:30 in Berlin (CET, UTC+1).
    expect(isWithinBusinessHours(berlinWeekdays, new Date('2026-11-23T08:30:00Z'))).toBe(true);
    expect(isWithinBusinessHours(berlinWeekdays, new Date('2026-11-23T07:30:00Z'))).toBe(false);
    expect(isWithinBusinessHours(berlinWeekdays, new Date('2026-11-23T17:00:00Z'))).toBe(false);
  });
  it('is closed on days without a window and always open without hours', () => {
    expect(isWithinBusinessHours(berlinWeekdays, new Date('2026-11-22T12:00:00Z'))).toBe(false);
    expect(isWithinBusinessHours(undefined, new Date('2026-11-22T12:00:00Z'))).toBe(true);
  });
});
