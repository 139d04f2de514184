import type { Catalog } from '../catalog/index.js';
import type { EntityKind, MentionKind } from '../types.js';
import { tokenize } from './tokens.js';

// Every way the catalog lets a text name an entity, as token sequences indexed by first token.

export interface SurfaceForm {
  tokens: string[];
  entityId: string;
  entityKind: EntityKind;
  kind: MentionKind;
}

export interface Dictionary {
  /** Forms by their first token, longest first. */
  byFirstToken: Map<string, SurfaceForm[]>;
  /** Adjective stem ("russisch") → country id. */
  adjectiveStems: Map<string, string>;
  /** City id → the country it stands for when used as an actor ("Moskau" → Russia). */
  cityAsActor: Map<string, string>;
}

const cache = new WeakMap<Catalog, Dictionary>();

export function dictionaryFor(catalog: Catalog): Dictionary {
  const existing = cache.get(catalog);
  if (existing) return existing;

  const byFirstToken = new Map<string, SurfaceForm[]>();
  const seen = new Set<string>();
  const add = (text: string, entityId: string, entityKind: EntityKind, kind: MentionKind) => {
    const tokens = tokenize(text).map((token) => token.text);
    const first = tokens[0];
    const key = `${tokens.join(' ')}|${entityId}|${kind}`;
    if (!first || seen.has(key)) return;
    seen.add(key);
    const forms = byFirstToken.get(first) ?? [];
    forms.push({ tokens, entityId, entityKind, kind });
    byFirstToken.set(first, forms);
  };

  const adjectiveStems = new Map<string, string>();
  const metonyms = new Map<string, string>();
  for (const entity of catalog.entities) {
    for (const text of [entity.name, entity.nameDe, entity.nameEn, ...entity.aliases]) {
      add(text, entity.id, entity.kind, 'NAME');
    }
    for (const stem of entity.adjectiveStems ?? []) adjectiveStems.set(stem, entity.id);
    for (const metonym of entity.metonyms ?? []) metonyms.set(metonym, entity.id);
  }

  // A metonym that is also a city's name stays a city form; the city then also stands for the country.
  const cityAsActor = new Map<string, string>();
  for (const [metonym, countryId] of metonyms) {
    const city = catalog.entities.find(
      (entity) => entity.kind === 'CITY' && [entity.name, entity.nameDe, ...entity.aliases].includes(metonym),
    );
    if (city) cityAsActor.set(city.id, countryId);
    else add(metonym, countryId, 'COUNTRY', 'METONYM');
  }

  for (const forms of byFirstToken.values()) forms.sort((a, b) => b.tokens.length - a.tokens.length);
  const dictionary = { byFirstToken, adjectiveStems, cityAsActor };
  cache.set(catalog, dictionary);
  return dictionary;
}
