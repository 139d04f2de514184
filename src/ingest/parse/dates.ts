import { DateTime } from 'luxon';

// An item's date line: "DD.MM.YYYY HH:MM", local time in Warsaw (the outlet's time zone).
export const OUTLET_ZONE = 'Europe/Warsaw';
const DATE_LINE = /^(\d{2})\.(\d{2})\.(\d{4}),? (\d{2}):(\d{2})$/;

/** The ISO date-time (with offset) of a date line, or null if the line is not a real date. */
export function parseDateLine(line: string): string | null {
  const match = DATE_LINE.exec(line);
  if (!match) return null;
  const [, day, month, year, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  const local = DateTime.fromObject({ year, month, day, hour, minute }, { zone: OUTLET_ZONE });
  // 31.02. or 25:00 are no dates; a time skipped by the spring DST change is shifted by Luxon.
  if (!local.isValid || local.day !== day || local.month !== month || hour > 23) return null;
  return local.toISO();
}
