import type { Catalog } from '../catalog/index.js';
import { sentenceAt, sentenceSpans } from '../link/sentences.js';
import { compoundGender, isCommonNoun, lemmaOf } from '../lexicon/index.js';
import type { ArticleField, DiscoveredOrganization, Mention } from '../types.js';
import type { FieldText } from './index.js';
import { nameKey } from './spans.js';

// A state's institution named by its country rather than by its name: "das französische
// Außenministerium", "UK-Verteidigungsministerium", "die litauische Regierungskanzlei", "die deutsche
// Botschaft in Warschau", "das Außenministerium der Ukraine". Found by shape — a country's
// adjective, prefix or genitive beside a dictionary noun whose head is an institution a state has
// one of — so each country and institution is one node, tied to its country. A catalog
// organisation of that name ("Polnisches Außenministerium": the MSZ) is taken instead.

/** Institutions a state has one of (an embassy: one per city). */
const STATE_HEADS =
  /(?:ministerium|regierung|kanzlei|parlament|botschaft|konsulat|präsidialamt|präsidentenamt|außenamt|armee|streitkräfte|marine|luftwaffe|polizei|grenzschutz|grenzwache|staatsanwaltschaft|zentralbank|nationalbank|notenbank|geheimdienst|generalstab|verfassungsgericht|verfassungsgerichtshof)$/u;
/** Institutions abroad, named with their city ("die deutsche Botschaft in Warschau"). */
const ABROAD = /(?:botschaft|konsulat)$/u;
const DEFINITE_BEFORE = /(?:^|\s)(?:der|die|das|des|dem|den|vom|zum|zur|im|beim|ins|ans|am)\s+$/iu;
const WORD_AFTER = /^[\p{L}-]+/u;
const ENDINGS = { M: 'er', F: 'e', N: 'es' } as const;

/** The nominative singular of an institution noun ("Außenministeriums" → "Außenministerium"), or
 * null when the word is no dictionary noun (nor a compound ending in one) with a state's head. */
export function institutionNoun(word: string): string | null {
  if (!/^\p{Lu}/u.test(word)) return null;
  const lemma = lemmaOf(word);
  if (lemma) return STATE_HEADS.test(lemma.toLowerCase()) ? lemma : null;
  // A compound the list lacks ("Regierungskanzlei"): its last part must be a noun of the list.
  for (const stem of [word, word.replace(/e?s$/u, '')]) {
    if (!STATE_HEADS.test(stem.toLowerCase())) continue;
    for (let i = 1; i <= stem.length - 4; i++) {
      const tail = `${(stem[i] as string).toUpperCase()}${stem.slice(i + 1)}`;
      if (isCommonNoun(tail)) return stem;
    }
  }
  return null;
}

interface Found {
  field: ArticleField;
  start: number;
  end: number;
  countryId: string;
  noun: string;
  cityId: string | null;
  /** The country's prefix as written ("UK" of "UK-Verteidigungsministerium"). */
  prefix?: string;
}

/** "Französisches Außenministerium", "Deutsche Botschaft in Warschau", "UK-Verteidigungsministerium"
 * as written; "Außenministerium (Ghana)" for a country with no adjective in the catalog. */
function institutionNames(found: Found, catalog: Catalog): string[] {
  const country = catalog.byId.get(found.countryId);
  const stem = country?.adjectiveStems?.[0];
  const gender = compoundGender(found.noun);
  const city = found.cityId ? catalog.byId.get(found.cityId)?.name : undefined;
  const where = city ? ` in ${city}` : '';
  const adjective =
    stem && gender
      ? `${stem[0]?.toUpperCase()}${stem.slice(1)}${ENDINGS[gender]} ${found.noun}${where}`
      : `${found.noun}${where} (${country?.name ?? found.countryId})`;
  return found.prefix ? [`${found.prefix}-${found.noun}${where}`, adjective] : [adjective];
}

function institutionId(found: Found): string {
  const code = found.countryId.replace('country:', '').toLowerCase();
  const noun = found.noun
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss');
  const city = found.cityId ? `-${found.cityId.replace(/^city:/, '')}` : '';
  return `org:${code}-${noun}${city}`;
}

/** Each field's country-qualified institutions, beside what is already linked there. */
function findIn(field: ArticleField, text: string, known: readonly Mention[]): Found[] {
  const here = known.filter((m) => m.field === field);
  const found: Found[] = [];
  const cityAfter = (end: number, noun: string) => {
    if (!ABROAD.test(noun.toLowerCase())) return { cityId: null, end };
    const city = here.find(
      (m) => m.entityKind === 'CITY' && /^\s+in\s+$/u.test(text.slice(end, m.start)),
    );
    return city ? { cityId: city.entityId, end: city.end } : { cityId: null, end };
  };
  for (const country of here) {
    if (country.entityKind !== 'COUNTRY') continue;
    const after = text.slice(country.end);
    // "die litauische Regierungskanzlei" (a definite article before: "eine polnische Zeitung"
    // names none in particular), "UK-Verteidigungsministerium".
    const adjective =
      country.kind === 'ADJECTIVE' && DEFINITE_BEFORE.test(text.slice(0, country.start));
    const prefix = country.kind !== 'ADJECTIVE' && after.startsWith('-');
    if (adjective || prefix) {
      const gap = adjective ? /^\s+/u.exec(after)?.[0] : '-';
      if (gap === undefined) continue;
      const word = WORD_AFTER.exec(after.slice(gap.length))?.[0];
      const noun = word ? institutionNoun(word) : null;
      if (!word || !noun) continue;
      const wordEnd = country.end + gap.length + word.length;
      // "die russische Nachrichtenagentur RIA": a name after it is the institution's own.
      const named = here.some(
        (m) => m.entityKind !== 'COUNTRY' && /^\s+$/u.test(text.slice(wordEnd, m.start)),
      );
      if (named) continue;
      const { cityId, end } = cityAfter(wordEnd, noun);
      found.push({
        field,
        start: country.start,
        end,
        countryId: country.entityId,
        noun,
        cityId,
        ...(prefix ? { prefix: country.surface } : {}),
      });
      continue;
    }
    // "das Außenministerium der Ukraine", "das Verteidigungsministerium Polens".
    if (country.kind !== 'NAME') continue;
    const before = /(\p{Lu}[\p{L}]+)(\s+(?:der|des)\s+|\s+)$/u.exec(text.slice(0, country.start));
    if (!before) continue;
    const genitive = before[2]?.trim() !== '' || /s$/u.test(country.surface);
    const noun = genitive ? institutionNoun(before[1] as string) : null;
    if (!noun || !DEFINITE_BEFORE.test(text.slice(0, before.index))) continue;
    found.push({
      field,
      start: before.index,
      end: country.end,
      countryId: country.entityId,
      noun,
      cityId: null,
    });
  }
  return found;
}

/**
 * Organisations a country's adjective, prefix or genitive names, with their country; the
 * mentions cover the whole phrase (the country's adjective mention stays beside it).
 */
export function countryInstitutions(
  fields: readonly FieldText[],
  catalog: Catalog,
  known: readonly Mention[],
  byNameKey: ReadonlyMap<string, string>,
): { organizations: DiscoveredOrganization[]; mentions: Mention[] } {
  const organizations = new Map<string, DiscoveredOrganization>();
  const mentions: Mention[] = [];
  for (const { field, text } of fields) {
    const sentences = sentenceSpans(text);
    for (const found of findIn(field, text, known)) {
      // Linked already as something else (a catalog organisation, a person): that stands.
      const overlapped = known.some(
        (m) =>
          m.field === field &&
          m.start < found.end &&
          found.start < m.end &&
          m.entityKind !== 'COUNTRY' &&
          m.entityKind !== 'CITY',
      );
      if (overlapped || mentions.some((m) => m.field === field && m.start === found.start))
        continue;
      const names = institutionNames(found, catalog);
      const name = names[0] as string;
      const catalogId = names.map((n) => byNameKey.get(nameKey(n))).find((id) => id !== undefined);
      const id = catalogId ?? institutionId(found);
      const sentence = sentenceAt(text, sentences, found.start);
      if (!catalogId && !organizations.has(id))
        organizations.set(id, { id, name, evidence: sentence, countryId: found.countryId });
      mentions.push({
        entityId: id,
        entityKind: 'ORGANIZATION',
        kind: 'NAME',
        field,
        start: found.start,
        end: found.end,
        surface: text.slice(found.start, found.end),
        sentence,
      });
    }
  }
  return { organizations: [...organizations.values()], mentions };
}
