import { describe, expect, it } from 'vitest';
import { addDays, addMonths, fiscalYear, formatPoint, mondayOf, parseYmd } from '../../../core/dates/calendar';

describe('calendar arithmetic', () => {
  it('reads publication dates and refuses impossible ones', () => {
    expect(parseYmd('2025-07-10')).toEqual({ y: 2025, m: 7, d: 10 });
    expect(parseYmd('2025-07-10T09:00:00+09:00')).toEqual({ y: 2025, m: 7, d: 10 });
    expect(parseYmd('2025-02-30')).toBeNull();
    expect(parseYmd(null)).toBeNull();
    expect(parseYmd('July 10')).toBeNull();
  });

  it('moves across month and year ends', () => {
    expect(addDays({ y: 2025, m: 3, d: 1 }, -1)).toEqual({ y: 2025, m: 2, d: 28 });
    expect(addDays({ y: 2024, m: 12, d: 31 }, 1)).toEqual({ y: 2025, m: 1, d: 1 });
    expect(addMonths(2025, 1, -1)).toEqual({ y: 2024, m: 12 });
    expect(addMonths(2025, 11, 3)).toEqual({ y: 2026, m: 2 });
  });

  it('knows the April–March fiscal year', () => {
    expect(fiscalYear({ y: 2025, m: 3, d: 31 })).toBe(2024);
    expect(fiscalYear({ y: 2025, m: 4, d: 1 })).toBe(2025);
  });

  it('finds the Monday of a week', () => {
    // 2025-07-10 is a Thursday
    expect(mondayOf({ y: 2025, m: 7, d: 10 }, 0)).toEqual({ y: 2025, m: 7, d: 7 });
    expect(mondayOf({ y: 2025, m: 7, d: 13 }, -1)).toEqual({ y: 2025, m: 6, d: 30 });
  });

  it('formats ISO prefixes', () => {
    expect(formatPoint({ y: 2024 })).toBe('2024');
    expect(formatPoint({ y: 2024, m: 6 })).toBe('2024-06');
    expect(formatPoint({ y: 2024, m: 6, d: 5, time: '09:30' })).toBe('2024-06-05T09:30');
  });
});
