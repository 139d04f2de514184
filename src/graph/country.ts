import type { EntityParts } from './parts.js';
import type { EntityRecord } from './records.js';
import type { QueryRunner } from './runner.js';

// Batch functions for Country relations.

export async function countryPeople(
  runner: QueryRunner,
  ids: readonly string[],
  entity: EntityParts,
): Promise<Map<string, EntityRecord[]>> {
  const rows = await runner.read('country/people', { ids, entity });
  return new Map(rows.map((row) => [String(row.id), row.entities as EntityRecord[]]));
}

export async function countryCities(
  runner: QueryRunner,
  ids: readonly string[],
  entity: EntityParts,
): Promise<Map<string, EntityRecord[]>> {
  const rows = await runner.read('country/cities', { ids, entity });
  return new Map(rows.map((row) => [String(row.id), row.entities as EntityRecord[]]));
}
