import type { EntityParts } from './parts.js';
import type { EntityRecord } from './records.js';
import type { QueryRunner } from './runner.js';

// Batch functions for Country relations.

export async function countryPeople(
  runner: QueryRunner,
  ids: readonly string[],
  entity: EntityParts,
): Promise<Map<string, EntityRecord[]>> {
  return runner.readKeyed<EntityRecord[]>('country/people', { ids, entity }, 'entities');
}

export async function countryCities(
  runner: QueryRunner,
  ids: readonly string[],
  entity: EntityParts,
): Promise<Map<string, EntityRecord[]>> {
  return runner.readKeyed<EntityRecord[]>('country/cities', { ids, entity }, 'entities');
}

export async function countryRegions(
  runner: QueryRunner,
  ids: readonly string[],
  entity: EntityParts,
): Promise<Map<string, EntityRecord[]>> {
  return runner.readKeyed<EntityRecord[]>('country/regions', { ids, entity }, 'entities');
}

/** The formats and alliances each country is a member of. */
export async function countryMemberships(
  runner: QueryRunner,
  ids: readonly string[],
  entity: EntityParts,
): Promise<Map<string, EntityRecord[]>> {
  return runner.readKeyed<EntityRecord[]>('country/memberships', { ids, entity }, 'entities');
}
