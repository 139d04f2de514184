import { DateTime as LuxonDateTime } from 'luxon';
import {
  type DateTime,
  int,
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isNode,
  isRelationship,
} from 'neo4j-driver';

// Neo4j temporal values become ISO strings at the edge of the graph layer, so the schema and
// tests only ever see plain JSON values.

function dateTimeToIso(value: DateTime): string {
  const fields = {
    year: Number(value.year),
    month: Number(value.month),
    day: Number(value.day),
    hour: Number(value.hour),
    minute: Number(value.minute),
    second: Number(value.second),
    millisecond: Math.floor(Number(value.nanosecond) / 1e6),
  };
  const zone =
    value.timeZoneOffsetSeconds !== undefined && value.timeZoneOffsetSeconds !== null
      ? `UTC${offsetText(Number(value.timeZoneOffsetSeconds))}`
      : (value.timeZoneId ?? 'UTC');
  return LuxonDateTime.fromObject(fields, { zone }).toISO({ suppressMilliseconds: true }) ?? '';
}

function offsetText(seconds: number): string {
  const sign = seconds < 0 ? '-' : '+';
  const abs = Math.abs(seconds);
  return `${sign}${String(Math.floor(abs / 3600)).padStart(2, '0')}:${String(Math.floor((abs % 3600) / 60)).padStart(2, '0')}`;
}

/**
 * Driver values → plain JSON, in place: records are fresh objects from the driver, and most of
 * their values are plain maps, lists and primitives, which pass with a prototype check (the
 * driver's type tests cost more than the rest of this on large batches).
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) value[index] = toPlain(value[index]);
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key of Object.keys(map)) map[key] = toPlain(map[key]);
    return map;
  }
  if (isDateTime(value)) return dateTimeToIso(value);
  if (isDate(value)) return (value as { toString(): string }).toString();
  if (isLocalDateTime(value) || isDuration(value)) return String(value);
  if (isNode(value) || isRelationship(value)) {
    return toPlain({ ...(value as { properties: Record<string, unknown> }).properties });
  }
  return value;
}

/**
 * Parameters for Cypher: JS numbers that are whole become Neo4j integers (LIMIT, SKIP and list
 * slices refuse floats, and JS has no int type); everything else passes as it is.
 */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return int(value);
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (
    value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [key, toCypherParams(entry)]),
    );
  }
  return value;
}
