import type { CatalogEntity } from '../types.js';
import { type CountryOverride, isoCountries } from './countries.js';
import { gazetteerCities } from './gazetteer.js';
import {
  citiesFile,
  countryOverridesFile,
  formatsFile,
  organizationsFile,
  peopleFile,
  readCatalogFile,
  regionsFile,
  wikidataFile,
} from './files.js';
import { gazetteerRegions } from './regions.js';

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
      throw new Error(
        `Catalog: ${entity.id} names country ${entity.countryId}, which does not exist`,
      );
    }
  }
  return { entities, byId };
}

let cached: Catalog | undefined;

/** Countries (ISO + overrides), people, cities, organizations and regions from seeds/entities/. */
export function loadCatalog(): Catalog {
  if (cached) return cached;
  const overrides = Object.fromEntries(
    Object.entries(readCatalogFile('countries.json', countryOverridesFile)).filter(
      (entry): entry is [string, CountryOverride] => typeof entry[1] !== 'string',
    ),
  );
  const countries = isoCountries(overrides);
  const people = readCatalogFile('people.json', peopleFile).map((p) => ({
    ...p,
    kind: 'PERSON' as const,
  }));
  const organizations = readCatalogFile('organizations.json', organizationsFile).map((o) => ({
    ...o,
    kind: 'ORGANIZATION' as const,
  }));
  const curatedCities = readCatalogFile('cities.json', citiesFile).map((c) => ({
    ...c,
    kind: 'CITY' as const,
  }));
  // A gazetteer city is not linked alone by a name that another entity has, or that a curated
  // person's name is made of (metonyms like "Madrid" are cities, and stay theirs).
  const others: CatalogEntity[] = [...countries, ...people, ...organizations];
  const takenNames = new Set(others.flatMap((e) => [e.name, e.nameDe, e.nameEn, ...e.aliases]));
  for (const person of people) for (const part of person.name.split(/\s+/)) takenNames.add(part);
  const cities = gazetteerCities(curatedCities, {
    takenNames,
    countryIds: new Set(countries.map((c) => c.id)),
  });
  // Regions come last, so a name they share with another entity stays that entity's.
  const cityNames = new Set(cities.flatMap((c) => [c.name, c.nameDe, c.nameEn, ...c.aliases]));
  const regions = gazetteerRegions(readCatalogFile('regions.json', regionsFile), {
    takenNames,
    cityNames,
    citiesByCountry: new Set(
      cities.flatMap((c) =>
        [c.name, c.nameDe, c.nameEn].map(
          (name) => `${c.countryId?.slice('country:'.length)}:${name}`,
        ),
      ),
    ),
    countryIds: new Set(countries.map((c) => c.id)),
  });
  const catalog = buildCatalog([...countries, ...people, ...cities, ...organizations, ...regions]);
  for (const [id, item] of Object.entries(readCatalogFile('wikidata.json', wikidataFile))) {
    if (id.startsWith('_')) continue;
    const entity = catalog.byId.get(id);
    if (!entity) throw new Error(`Catalog: wikidata.json names ${id}, which does not exist`);
    if (!/^Q[1-9][0-9]*$/.test(item))
      throw new Error(`Catalog: wikidata.json gives ${id} "${item}", not a Q-id`);
    entity.wikidataId ??= item;
  }
  for (const [id, members] of Object.entries(readCatalogFile('formats.json', formatsFile))) {
    if (id.startsWith('_') || typeof members === 'string') continue;
    const format = catalog.byId.get(id);
    if (format?.kind !== 'ORGANIZATION')
      throw new Error(`Catalog: formats.json names ${id}, which is no organisation`);
    format.memberIds = members.map((code) => `country:${code}`);
    for (const member of format.memberIds)
      if (!catalog.byId.has(member))
        throw new Error(
          `Catalog: formats.json gives ${id} the member ${member}, which does not exist`,
        );
  }
  cached = catalog;
  return cached;
}
