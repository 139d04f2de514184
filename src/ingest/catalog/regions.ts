import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { projectRoot } from '../../project-root.js';
import type { CatalogEntity } from '../types.js';
import type { regionsFile } from './files.js';
import { slug } from '../text-fold.js';
import { isAmbiguousCityName } from './gazetteer.js';

// Regions: every country's first-level divisions (states, provinces, oblasts, voivodeships…) from
// the admin-division data checked in under seeds/gazetteer (names in German and as GeoNames writes
// them, coordinates from GeoNames' places), and the curated regions of seeds/entities/regions.json
// for what the data lacks or names differently: historical and geographic regions, disputed areas.

export const adminRegionsPath = join(projectRoot, 'seeds', 'gazetteer', 'admin-regions.json');

export interface AdminRegion {
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** GeoNames admin1 code. */
  admin: string;
  geonameId: number;
  /** The German name, where the data has one ("Woiwodschaft Masowien"). */
  de: string | null;
  /** GeoNames' name ("Mazovia"). */
  en: string;
  latitude: number | null;
  longitude: number | null;
}

export type CuratedRegion = z.infer<typeof regionsFile>[number];

let adminRegions: AdminRegion[] | undefined;

export function readAdminRegions(): readonly AdminRegion[] {
  adminRegions ??= (
    JSON.parse(readFileSync(adminRegionsPath, 'utf8')) as { regions: AdminRegion[] }
  ).regions;
  return adminRegions;
}

// The word for the sort of division before or after its proper name: "Oblast Donezk",
// "Woiwodschaft Masowien", "Autonome Republik Krim", "Provinz Limburg", "Kanton Bern".
const TYPE_BEFORE =
  /^(?:Autonome[rs]? (?:Republik|Region|Gemeinschaft|Gebiet|Kreis|Bezirk|Provinz)|Autonomes Gebiet|Republik|Oblast|Woiwodschaft|Provinz|Region|Bezirk|Kreis|Kanton|Rajon|Gouvernement|Departement|Departamento|Distrikt|Präfektur|Gespanschaft|Komitat|Munizip|Gebiet|Land|Bundesstaat|Emirat) (?=\p{Lu})/u;
const TYPE_AFTER = / (?:Region|County|Province|District|Division|Parish|Oblast)$/u;

/** The region's proper name without the word for its sort: "Oblast Donezk" → "Donezk". */
export function shortRegionName(name: string): string {
  const short = name.replace(TYPE_BEFORE, '').replace(TYPE_AFTER, '');
  return short.length >= 3 ? short : name;
}

/** How the press also writes a Russian, Ukrainian or Belarusian oblast: "Gebiet Donezk", "Region Donezk". */
function oblastForms(name: string, short: string): string[] {
  if (!/^(?:Oblast|Gebiet|Region) /.test(name) || short === name) return [];
  return [`Oblast ${short}`, `Gebiet ${short}`, `Region ${short}`];
}

export interface RegionOptions {
  /** Names of countries, people and organisations, and the words of people's names. */
  takenNames: ReadonlySet<string>;
  /** Every city's names: a region's name that is also a city's stays the city's when alone. */
  cityNames: ReadonlySet<string>;
  /** "DE:Berlin": the city of a city state, which is the region too. */
  citiesByCountry: ReadonlySet<string>;
  countryIds: ReadonlySet<string>;
}

/**
 * Curated regions (enriched by the division they name), then the data's other divisions. A
 * division gets `region:<slug of its short German name>` (the country code appended when taken).
 * A name another entity has, a city's name ("Odessa" of "Oblast Odessa"), a German word, or one
 * another region claimed first goes to `guardedNames`: kept, not linked alone. A division with no
 * German name is linked by none of its names alone; a city state ("Berlin", "Wien") is its city.
 */
export function gazetteerRegions(
  curated: readonly CuratedRegion[],
  options: RegionOptions,
): CatalogEntity[] {
  const data = readAdminRegions();
  const byGeonameId = new Map(data.map((region) => [region.geonameId, region]));
  const claimed = new Set<string>();
  const ids = new Set<string>();
  const guard = (names: readonly string[], always = false) =>
    names.filter(
      (name) =>
        always ||
        claimed.has(name) ||
        options.cityNames.has(name) ||
        isAmbiguousCityName(name, options.takenNames),
    );
  const result: CatalogEntity[] = [];
  const add = (entity: CatalogEntity, guarded: string[]) => {
    ids.add(entity.id);
    for (const name of [entity.name, entity.nameEn, ...entity.aliases])
      if (!guarded.includes(name)) claimed.add(name);
    result.push(guarded.length > 0 ? { ...entity, guardedNames: [...new Set(guarded)] } : entity);
  };

  const covered = new Set<number>();
  for (const region of curated) {
    const division = region.geonameId ? byGeonameId.get(region.geonameId) : undefined;
    if (division) covered.add(division.geonameId);
    const fromData = division ? [division.de, division.en].filter((n) => n !== null) : [];
    const aliases = [...new Set([...region.aliases, ...fromData])].filter(
      (alias) => alias !== region.name,
    );
    // The curated names are chosen by hand; only what another entity has is guarded.
    const guarded = [region.name, region.nameEn, ...aliases].filter(
      (name) => options.takenNames.has(name) || options.cityNames.has(name),
    );
    add(
      {
        id: region.id,
        kind: 'REGION',
        name: region.name,
        nameDe: region.name,
        nameEn: region.nameEn,
        aliases,
        regionKind: region.kind,
        ...(region.countryId
          ? { countryId: region.countryId }
          : division
            ? { countryId: `country:${division.country}` }
            : {}),
        ...coordinates(region.latitude, region.longitude, division),
        ...(region.wikidataId ? { wikidataId: region.wikidataId } : {}),
      },
      guarded,
    );
  }

  for (const division of data) {
    if (covered.has(division.geonameId)) continue;
    if (!options.countryIds.has(`country:${division.country}`)) continue;
    const german = division.de;
    if (german && options.citiesByCountry.has(`${division.country}:${german}`)) continue;
    const full = german ?? division.en;
    const short = shortRegionName(full);
    let id = `region:${slug(short) || 'x'}`;
    if (ids.has(id)) id = `region:${slug(short) || 'x'}-${division.country.toLowerCase()}`;
    if (ids.has(id)) id = `region:${slug(short) || 'x'}-${division.geonameId}`;
    const names = [...new Set([short, full, ...oblastForms(full, short), division.en])];
    add(
      {
        id,
        kind: 'REGION',
        name: short,
        nameDe: german ? short : full,
        nameEn: division.en,
        aliases: names.filter((name) => name !== short),
        regionKind: 'ADMINISTRATIVE',
        countryId: `country:${division.country}`,
        ...coordinates(undefined, undefined, division),
      },
      guard(names, german === null),
    );
  }
  return result;
}

function coordinates(
  latitude: number | undefined,
  longitude: number | undefined,
  division: AdminRegion | undefined,
): { latitude?: number; longitude?: number } {
  if (latitude !== undefined && longitude !== undefined) return { latitude, longitude };
  if (division?.latitude != null && division.longitude != null)
    return { latitude: division.latitude, longitude: division.longitude };
  return {};
}
