import type { EntityParts } from './parts.js';
import type { EntityRecord } from './records.js';
import type { QueryRunner } from './runner.js';

// Batch functions for Person relations.

export async function personCountries(
  runner: QueryRunner,
  ids: readonly string[],
  entity: EntityParts,
): Promise<Map<string, EntityRecord>> {
  return runner.readKeyed<EntityRecord>('person/countries', { ids, entity }, 'entity');
}

export interface CoMentionRow {
  entity: EntityRecord;
  count: number;
}

export interface MetWithRow {
  person: EntityRecord;
  meetingIds: string[];
}

/** Per person, the people met most often in meetings, with those meetings' ids (one statement). */
export async function metWith(
  runner: QueryRunner,
  ids: readonly string[],
  limit: number,
  entity: EntityParts,
): Promise<Map<string, MetWithRow[]>> {
  return runner.readKeyed<MetWithRow[]>('person/met-with', { ids, limit, entity }, 'metWith');
}

export async function coMentions(
  runner: QueryRunner,
  ids: readonly string[],
  limit: number,
  entity: EntityParts,
): Promise<Map<string, CoMentionRow[]>> {
  return runner.readKeyed<CoMentionRow[]>(
    'person/co-mentioned',
    { ids, limit, entity },
    'coMentions',
  );
}
