import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { OUTLET_ZONE, parseDateLine } from '../../../src/ingest/parse/dates.js';

const two = (n: number) => String(n).padStart(2, '0');

describe('parseDateLine', () => {
  it('agrees with the outlet zone at every hour of two years, DST days included', () => {
    for (let day = DateTime.utc(2024, 1, 1); day.year < 2026; day = day.plus({ days: 1 })) {
      for (const [hour, minute] of [
        [0, 0],
        [1, 59],
        [2, 0],
        [2, 30],
        [3, 0],
        [12, 45],
        [23, 59],
      ] as const) {
        const line = `${two(day.day)}.${two(day.month)}.${day.year} ${two(hour)}:${two(minute)}`;
        const expected = DateTime.fromObject(
          { year: day.year, month: day.month, day: day.day, hour, minute },
          { zone: OUTLET_ZONE },
        ).toISO();
        expect(parseDateLine(line), line).toBe(expected);
      }
    }
  });

  it('shifts a time the spring change skips, keeps both offsets around it, and refuses non-dates', () => {
    expect(parseDateLine('30.03.2025 01:30')).toBe('2025-03-30T01:30:00.000+01:00');
    expect(parseDateLine('30.03.2025 02:30')).toBe('2025-03-30T03:30:00.000+02:00');
    expect(parseDateLine('30.03.2025 03:30')).toBe('2025-03-30T03:30:00.000+02:00');
    expect(parseDateLine('11.04.2025 00:10')).toBe('2025-04-11T00:10:00.000+02:00');
    expect(parseDateLine('11.01.2025, 00:10')).toBe('2025-01-11T00:10:00.000+01:00');
    expect(parseDateLine('31.02.2025 10:00')).toBeNull();
    expect(parseDateLine('10.02.2025 25:00')).toBeNull();
    expect(parseDateLine('10.02.2025')).toBeNull();
  });
});
