import type { Catalog } from '../catalog/index.js';
import { slug } from '../text-fold.js';
import { sentenceAt, sentenceSpans } from '../link/sentences.js';
import { type Token, tokenize } from '../link/tokens.js';
import type { ArticleField, DiscoveredOrganization, Mention } from '../types.js';
import { countryInstitutions } from './country-institutions.js';
import type { FieldText } from './index.js';
import { isCommonNoun, lemmaOf } from '../lexicon/index.js';
import { isGermanWordForm, isInflectedAdjective, isRoleOrTitle } from './person-names.js';
import { INSTITUTION_HEADS, nameKey } from './spans.js';

// Institutions the catalog lacks, found by their head noun and what names them: "Kanzlei des
// Präsidenten", "Ost-Ausschuss der Deutschen Wirtschaft", "Institut für Ostmitteleuropa". A bare
// head ("das Ministerium") names nothing in particular and is left alone. Works without the NER.

const COMPLEMENT = new Set(['des', 'der', 'für', 'von', 'vom']);
const GENITIVE_ENDINGS = ['es', 's'];
const MAX_COMPLEMENT_WORDS = 4;
// A capitalised word with the weak adjective ending a definite article asks for: "Nationalen",
// "Polnische" ("-er" would take nouns: "dem Sender Radio Wnet").
const NAME_ADJECTIVE = /^\p{Lu}\p{Ll}{3,}(?:e|en)$/u;
const DEFINITE = /^(?:der|die|das|des|dem|den|vom|zum|zur|im|am|beim|ins)$/;
// The head word itself, not a word that merely ends like one ("Apparat" is no "Rat").
const WHOLE_HEAD = new RegExp(`^${INSTITUTION_HEADS.source}`, 'iu');

/** "Ausschusses" → "Ausschuss": the head in the nominative when a genitive ending is on it. */
function nominative(word: string): string {
  for (const ending of GENITIVE_ENDINGS) {
    const stem = word.slice(0, -ending.length);
    if (word.endsWith(ending) && INSTITUTION_HEADS.test(stem)) return stem;
  }
  return word;
}

function isHead(word: string): boolean {
  return (
    /^\p{Lu}/u.test(word) &&
    (INSTITUTION_HEADS.test(word) || INSTITUTION_HEADS.test(nominative(word)))
  );
}

function namesSomeone(word: string, next: string | undefined): boolean {
  return (
    /^[\p{Lu}\d]{2,6}$/u.test(word) ||
    (isInflectedAdjective(word) ? next !== undefined : !isGermanCompound(word)) ||
    isRoleOrTitle(word) ||
    isRoleOrTitle(lemmaOf(word) ?? word)
  );
}

/** A German word or a compound ending in a German noun ("Kohlenstoffverbindungen", "Gesundheitsamtes"). */
function isGermanCompound(word: string): boolean {
  if (isGermanWordForm(word)) return true;
  for (let i = 3; i <= word.length - 4; i++) {
    const tail = `${(word[i] as string).toUpperCase()}${word.slice(i + 1)}`;
    if (isCommonNoun(tail)) return true;
  }
  return false;
}

export interface OrganizationDiscovery {
  organizations: DiscoveredOrganization[];
  mentions: Mention[];
}

// Catalog organisations by the key of each of their names (first in catalog order), built once per
// catalog: scanning the catalog for every institution found made long articles slow.
const byNameKey = new WeakMap<Catalog, Map<string, string>>();
export function organizationsByNameKey(catalog: Catalog): Map<string, string> {
  let keys = byNameKey.get(catalog);
  if (!keys) {
    keys = new Map();
    for (const entity of catalog.entities) {
      if (entity.kind !== 'ORGANIZATION') continue;
      for (const form of [entity.name, entity.nameDe, entity.nameEn, ...entity.aliases]) {
        const key = nameKey(form);
        if (!keys.has(key)) keys.set(key, entity.id);
      }
    }
    byNameKey.set(catalog, keys);
  }
  return keys;
}

export function discoverOrganizations(
  fields: readonly FieldText[],
  catalog: Catalog,
  known: readonly Mention[],
): OrganizationDiscovery {
  const byCountry = countryInstitutions(fields, catalog, known, organizationsByNameKey(catalog));
  const organizations = new Map<string, DiscoveredOrganization>(
    byCountry.organizations.map((o) => [o.id, o]),
  );
  const mentions: Mention[] = [...byCountry.mentions];
  const taken = (field: ArticleField, start: number, end: number) =>
    [...known, ...mentions].some(
      (m) => m.field === field && m.start < end && start < m.end && m.kind !== 'ADJECTIVE',
    );
  for (const { field, text } of fields) {
    const tokens = tokenize(text);
    const sentences = sentenceSpans(text);
    const emit = (start: number, end: number, name: string) => {
      if (taken(field, start, end)) return;
      const catalogId = organizationsByNameKey(catalog).get(nameKey(name));
      const id = catalogId ?? `org:${slug(nameKey(name))}`;
      const sentence = sentenceAt(text, sentences, start);
      if (!catalogId && !organizations.has(id))
        organizations.set(id, { id, name, evidence: sentence });
      mentions.push({
        entityId: id,
        entityKind: 'ORGANIZATION',
        kind: 'NAME',
        field,
        start,
        end,
        surface: text.slice(start, end),
        sentence,
      });
    };
    tokens.forEach((token, index) => {
      if (!isHead(token.text)) return;
      // German writes adjectives small unless they are part of a name: "des Nationalen
      // Sicherheitsbüros", "der Polnische Rundfunk" name an institution mid-sentence.
      let adjective = index;
      while (
        adjective > 0 &&
        NAME_ADJECTIVE.test((tokens[adjective - 1] as Token).text) &&
        text.slice((tokens[adjective - 1] as Token).end, (tokens[adjective] as Token).start) === ' '
      )
        adjective--;
      const before = tokens[adjective - 1];
      if (
        adjective < index &&
        before &&
        DEFINITE.test(before.text) &&
        text.slice(before.end, (tokens[adjective] as Token).start) === ' '
      ) {
        const start = (tokens[adjective] as Token).start;
        emit(start, token.end, `${text.slice(start, token.start)}${nominative(token.text)}`);
        return;
      }
      // The head may be a compound glued by a hyphen ("Ost-Ausschusses"): start at its first part.
      let first = index;
      while (
        first > 0 &&
        text.slice((tokens[first - 1] as Token).end, (tokens[first] as Token).start) === '-'
      )
        first--;
      const linker = tokens[index + 1];
      if (!linker || !COMPLEMENT.has(linker.text) || text.slice(token.end, linker.start) !== ' ') {
        // "Pilecki-Instituts", "Friedrich-Ebert-Stiftung": a name glued to the head names it.
        const parts = tokens.slice(first, index);
        if (
          parts.length > 0 &&
          WHOLE_HEAD.test(nominative(token.text)) &&
          parts.every((part) => /^\p{Lu}/u.test(part.text)) &&
          parts.some((part) => !isGermanCompound(part.text))
        ) {
          const start = (tokens[first] as Token).start;
          emit(start, token.end, `${text.slice(start, token.start)}${nominative(token.text)}`);
        }
        return;
      }
      const complement: Token[] = [];
      for (let i = index + 2; i < tokens.length && complement.length < MAX_COMPLEMENT_WORDS; i++) {
        const word = tokens[i] as Token;
        const gap = text.slice((tokens[i - 1] as Token).end, word.start);
        if (gap !== ' ' && gap !== '-') break;
        if (!/^\p{Lu}/u.test(word.text)) break;
        complement.push(word);
      }
      if (complement.length === 0) return;
      // "Amt des Vizepräsidenten": a post, not an institution.
      if (nominative(token.text) === 'Amt' && complement.length === 1) return;
      // "Kanzlei des Präsidenten", "Institut für Ostmitteleuropa", "Ost-Ausschuss der Deutschen
      // Wirtschaft": the complement names someone (a name no dictionary holds, an acronym, a
      // capitalised adjective, an office); "Bewegung der Kulisse", "Gruppe von
      // Kohlenstoffverbindungen" name nothing.
      if (!complement.some((word, i) => namesSomeone(word.text, complement[i + 1]?.text))) return;
      const start = (tokens[first] as Token).start;
      const end = (complement.at(-1) as Token).end;
      emit(
        start,
        end,
        `${text.slice(start, token.start)}${nominative(token.text)}${text.slice(token.end, end)}`,
      );
    });
  }
  return { organizations: [...organizations.values()], mentions };
}

/** "Bundesverband deutscher Banken" → ["bdb", "bb"]: the initials of all words, and of the capitalised. */
function initials(name: string): string[] {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w));
  const all = words.map((w) => w[0]).join('');
  const capitalised = words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  return [all.toLowerCase(), capitalised.toLowerCase()];
}

/**
 * An acronym is the organisation whose long form the article gives with it: right before it in
 * brackets ("Bundesverband deutscher Banken (BdB)"), or anywhere with matching initials. Mentions of
 * an acronym the catalog does not know are re-pointed to the long form's entity.
 */
export function linkAcronyms(
  fields: readonly FieldText[],
  mentions: readonly Mention[],
  catalog: Catalog,
): Mention[] {
  const longForms = mentions.filter(
    (m) => m.entityKind === 'ORGANIZATION' && /\s/.test(m.surface.trim()),
  );
  if (longForms.length === 0) return [...mentions];
  const byAcronym = new Map<string, string>();
  for (const long of longForms) {
    const text = fields.find((f) => f.field === long.field)?.text ?? '';
    const bracketed = /^\s*\(([\p{Lu}\d][\p{L}\d]{1,7})\)/u.exec(text.slice(long.end))?.[1];
    if (bracketed) byAcronym.set(bracketed.toLowerCase(), long.entityId);
  }
  for (const long of longForms)
    for (const key of initials(long.surface))
      if (key.length >= 2 && !byAcronym.has(key)) byAcronym.set(key, long.entityId);
  return mentions.map((m) => {
    if (m.entityKind !== 'ORGANIZATION' || catalog.byId.has(m.entityId)) return m;
    if (!/^[\p{Lu}\d][\p{L}\d]{1,7}$/u.test(m.surface) || !/\p{Lu}.*\p{Lu}/u.test(m.surface))
      return m;
    const long = byAcronym.get(m.surface.toLowerCase());
    return long && long !== m.entityId ? { ...m, entityId: long } : m;
  });
}
