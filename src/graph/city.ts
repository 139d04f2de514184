import type { EntityParts, MeetingParts } from './parts.js';
import type { EntityRecord, MeetingRecord } from './records.js';
import type { QueryRunner } from './runner.js';

// Batch functions for City relations.

export async function cityCountries(
  runner: QueryRunner,
  ids: readonly string[],
  entity: EntityParts,
): Promise<Map<string, EntityRecord>> {
  const rows = await runner.read('city/countries', { ids, entity });
  return new Map(rows.map((row) => [String(row.id), row.entity as EntityRecord]));
}

export async function cityMeetings(
  runner: QueryRunner,
  ids: readonly string[],
  parts: MeetingParts,
): Promise<Map<string, MeetingRecord[]>> {
  const rows = await runner.read('city/meetings', { ids, meeting: parts });
  return new Map(rows.map((row) => [String(row.id), row.meetings as MeetingRecord[]]));
}
