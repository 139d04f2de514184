import type { Catalog } from '../catalog/index.js';
import type { EntityKind, MentionKind } from '../types.js';
import { tokenize } from './tokens.js';

// Every way the catalog lets a text name an entity, as token sequences indexed by their first
// token and, for longer forms, their second: many people share a first name, and trying each of
// them at every occurrence of the name made linking grow with the catalog.

export interface SurfaceForm {
  tokens: string[];
  entityId: string;
  entityKind: EntityKind;
  kind: MentionKind;
}

export interface FormsStartingWith {
  /** Forms of this one token. */
  alone: SurfaceForm[];
  /** Longer forms by their second token, longest first. */
  bySecond: Map<string, SurfaceForm[]>;
}

export interface Dictionary {
  /** Forms by their first token. */
  byFirstToken: Map<string, FormsStartingWith>;
  /** Adjective stem ("russisch") → country id. */
  adjectiveStems: Map<string, string>;
  /** City id → the country it stands for when used as an actor ("Moskau" → Russia). */
  cityAsActor: Map<string, string>;
}

const cache = new WeakMap<Catalog, Dictionary>();

export function dictionaryFor(catalog: Catalog): Dictionary {
  const existing = cache.get(catalog);
  if (existing) return existing;

  const byFirstToken = new Map<string, FormsStartingWith>();
  const seen = new Set<string>();
  const add = (text: string, entityId: string, entityKind: EntityKind, kind: MentionKind) => {
    const tokens = tokenize(text).map((token) => token.text);
    const [first, second] = tokens;
    const key = `${tokens.join(' ')}|${entityId}|${kind}`;
    if (!first || seen.has(key)) return;
    seen.add(key);
    let entry = byFirstToken.get(first);
    if (!entry) {
      entry = { alone: [], bySecond: new Map() };
      byFirstToken.set(first, entry);
    }
    const form = { tokens, entityId, entityKind, kind };
    if (second === undefined) entry.alone.push(form);
    else {
      const forms = entry.bySecond.get(second);
      if (forms) forms.push(form);
      else entry.bySecond.set(second, [form]);
    }
  };

  const adjectiveStems = new Map<string, string>();
  const metonyms = new Map<string, string>();
  // Cities by each name a metonym may be (first in catalog order wins), so a big gazetteer is not scanned per metonym.
  const cityByName = new Map<string, string>();
  for (const entity of catalog.entities) {
    const guarded = entity.guardedNames;
    for (const text of [entity.name, entity.nameDe, entity.nameEn, ...entity.aliases]) {
      // A guarded name ("Essen", also a noun) is never linked alone.
      if (guarded?.includes(text)) continue;
      add(text, entity.id, entity.kind, 'NAME');
    }
    if (entity.kind === 'CITY') {
      for (const text of [entity.name, entity.nameDe, ...entity.aliases]) {
        if (!guarded?.includes(text) && !cityByName.has(text)) cityByName.set(text, entity.id);
      }
    }
    for (const stem of entity.adjectiveStems ?? []) adjectiveStems.set(stem, entity.id);
    for (const metonym of entity.metonyms ?? []) metonyms.set(metonym, entity.id);
  }

  // A metonym that is also a city's name stays a city form; the city then also stands for the country.
  const cityAsActor = new Map<string, string>();
  for (const [metonym, countryId] of metonyms) {
    const cityId = cityByName.get(metonym);
    if (cityId) cityAsActor.set(cityId, countryId);
    else add(metonym, countryId, 'COUNTRY', 'METONYM');
  }

  for (const entry of byFirstToken.values()) {
    for (const forms of entry.bySecond.values())
      forms.sort((a, b) => b.tokens.length - a.tokens.length);
  }
  const dictionary = { byFirstToken, adjectiveStems, cityAsActor };
  cache.set(catalog, dictionary);
  return dictionary;
}
