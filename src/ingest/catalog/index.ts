import type { CatalogEntity } from '../types.js';
import { type CountryOverride, isoCountries } from './countries.js';
import { enrichCuratedCities } from './gazetteer.js';
import { citiesFile, countryOverridesFile, organizationsFile, peopleFile, readCatalogFile } from './files.js';

export interface Catalog {
  entities: CatalogEntity[];
  byId: ReadonlyMap<string, CatalogEntity>;
}

export function buildCatalog(entities: CatalogEntity[]): Catalog {
  const byId = new Map<string, CatalogEntity>();
  for (const entity of entities) {
    if (byId.has(entity.id)) throw new Error(`Catalog: duplicate id ${entity.id}`);
    byId.set(entity.id, entity);
  }
  for (const entity of entities) {
    if (entity.countryId && !byId.has(entity.countryId)) {
      throw new Error(`Catalog: ${entity.id} names country ${entity.countryId}, which does not exist`);
    }
  }
  return { entities, byId };
}

let cached: Catalog | undefined;

/** Countries (ISO + overrides), people, cities and organizations from seeds/entities/. */
export function loadCatalog(): Catalog {
  if (cached) return cached;
  const overrides = Object.fromEntries(
    Object.entries(readCatalogFile('countries.json', countryOverridesFile)).filter(
      (entry): entry is [string, CountryOverride] => typeof entry[1] !== 'string',
    ),
  );
  cached = buildCatalog([
    ...isoCountries(overrides),
    ...readCatalogFile('people.json', peopleFile).map((p) => ({ ...p, kind: 'PERSON' as const })),
    ...enrichCuratedCities(readCatalogFile('cities.json', citiesFile).map((c) => ({ ...c, kind: 'CITY' as const }))),
    ...readCatalogFile('organizations.json', organizationsFile).map((o) => ({ ...o, kind: 'ORGANIZATION' as const })),
  ]);
  return cached;
}
