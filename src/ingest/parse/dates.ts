import { DateTime, FixedOffsetZone } from 'luxon';

// An item's date line: "DD.MM.YYYY HH:MM", local time in Warsaw (the outlet's time zone).
export const OUTLET_ZONE = 'Europe/Warsaw';
const DATE_LINE = /^(\d{2})\.(\d{2})\.(\d{4}),? (\d{2}):(\d{2})$/;

// Luxon finds a named zone's offset by formatting instants through Intl, which was most of the time
// spent on a date line (and a sixth of parsing a page). The offset changes only on the two DST days
// of a year, so it is remembered per calendar day; days whose offset changes go through the zone.
const dayOffsets = new Map<string, number | null>();
const REMEMBERED_DAYS = 20_000;

function offsetOfDay(year: number, month: number, day: number): number | null {
  const key = `${year}-${month}-${day}`;
  let offset = dayOffsets.get(key);
  if (offset === undefined) {
    const start = DateTime.fromObject({ year, month, day, hour: 0 }, { zone: OUTLET_ZONE });
    const end = DateTime.fromObject(
      { year, month, day, hour: 23, minute: 59 },
      { zone: OUTLET_ZONE },
    );
    offset = start.isValid && end.isValid && start.offset === end.offset ? start.offset : null;
    if (dayOffsets.size >= REMEMBERED_DAYS) dayOffsets.clear();
    dayOffsets.set(key, offset);
  }
  return offset;
}

/** The ISO date-time (with offset) of a date line, or null if the line is not a real date. */
export function parseDateLine(line: string): string | null {
  const match = DATE_LINE.exec(line);
  if (!match) return null;
  const [, day, month, year, hour, minute] = match.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const offset = offsetOfDay(year, month, day);
  const zone = offset === null ? OUTLET_ZONE : FixedOffsetZone.instance(offset);
  const local = DateTime.fromObject({ year, month, day, hour, minute }, { zone });
  // 31.02. or 25:00 are no dates; a time skipped by the spring DST change is shifted by Luxon.
  if (!local.isValid || local.day !== day || local.month !== month || hour > 23) return null;
  return local.toISO();
}
