import { catalogPositions } from '../ingest/quotes/index.js';
import type { CatalogEntity, EntityKind } from '../ingest/types.js';
import type { QueryRunner } from './runner.js';

// Writes the curated catalog (entities and their facts) in one transaction; idempotent.

const LABELS: Record<EntityKind, string> = {
  PERSON: 'Person',
  COUNTRY: 'Country',
  CITY: 'City',
  ORGANIZATION: 'Organization',
  REGION: 'Region',
};

export async function writeCatalog(
  runner: QueryRunner,
  entities: readonly CatalogEntity[],
): Promise<number> {
  const rows = entities.map((entity) => ({
    id: entity.id,
    label: LABELS[entity.kind],
    name: entity.name,
    nameDe: entity.nameDe,
    nameEn: entity.nameEn,
    aliases: entity.aliases,
    role: entity.role ?? null,
    isoCode: entity.isoCode ?? null,
    adjectiveStems: entity.adjectiveStems ?? [],
    wikidataId: entity.wikidataId ?? null,
    population: entity.population ?? null,
    latitude: entity.latitude ?? null,
    longitude: entity.longitude ?? null,
    regionKind: entity.regionKind ?? null,
  }));
  const facts = entities
    .filter((entity) => entity.countryId && entity.kind !== 'COUNTRY')
    .map((entity) => ({ entityId: entity.id, countryId: entity.countryId }));
  const memberships = entities.flatMap((entity) =>
    (entity.memberIds ?? []).map((countryId) => ({ countryId, organizationId: entity.id })),
  );
  await runner.writeTransaction(async (tx) => {
    await tx.run('catalog/upsert-entities', { entities: rows });
    await tx.run('catalog/link-facts', { facts });
    await tx.run('catalog/link-members', { memberships });
    await tx.run('catalog/upsert-positions', { positions: catalogPositions(entities) });
  });
  return rows.length;
}
