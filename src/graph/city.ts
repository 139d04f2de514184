import type { EntityParts, MeetingParts } from './parts.js';
import type { EntityRecord, MeetingRecord } from './records.js';
import type { QueryRunner } from './runner.js';

// Batch functions for City relations.

export async function cityCountries(
  runner: QueryRunner,
  ids: readonly string[],
  entity: EntityParts,
): Promise<Map<string, EntityRecord>> {
  return runner.readKeyed<EntityRecord>('city/countries', { ids, entity }, 'entity');
}

export async function cityMeetings(
  runner: QueryRunner,
  ids: readonly string[],
  parts: MeetingParts,
): Promise<Map<string, MeetingRecord[]>> {
  return runner.readKeyed<MeetingRecord[]>('city/meetings', { ids, meeting: parts }, 'meetings');
}
