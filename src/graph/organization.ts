import type { EntityParts } from './parts.js';
import type { EntityRecord } from './records.js';
import type { QueryRunner } from './runner.js';

// Batch functions for Organization relations.

/** The member states of formats and alliances ("Weimarer Dreieck" → DE, FR, PL). */
export async function organizationMembers(
  runner: QueryRunner,
  ids: readonly string[],
  entity: EntityParts,
): Promise<Map<string, EntityRecord[]>> {
  return runner.readKeyed<EntityRecord[]>('organization/members', { ids, entity }, 'entities');
}

/** The country each organisation belongs to, where the catalog or the text says so. */
export async function organizationCountries(
  runner: QueryRunner,
  ids: readonly string[],
  entity: EntityParts,
): Promise<Map<string, EntityRecord>> {
  return runner.readKeyed<EntityRecord>('organization/countries', { ids, entity }, 'entity');
}
