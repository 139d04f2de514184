import type { EntityParts } from './parts.js';
import type { EntityRecord } from './records.js';
import type { QueryRunner } from './runner.js';

// Batch functions for Person relations.

export async function personCountries(
  runner: QueryRunner,
  ids: readonly string[],
  entity: EntityParts,
): Promise<Map<string, EntityRecord>> {
  const rows = await runner.read('person/countries', { ids, entity });
  return new Map(rows.map((row) => [String(row.id), row.entity as EntityRecord]));
}

export interface CoMentionRow {
  entity: EntityRecord;
  count: number;
}

export async function coMentions(
  runner: QueryRunner,
  ids: readonly string[],
  limit: number,
  entity: EntityParts,
): Promise<Map<string, CoMentionRow[]>> {
  const rows = await runner.read('person/co-mentioned', { ids, limit, entity });
  return new Map(rows.map((row) => [String(row.id), row.coMentions as CoMentionRow[]]));
}
