import { bodyText } from '../body-text.js';
import { shortHash } from '../ids.js';
import { fold } from '../text-fold.js';
import type {
  ArticleField,
  CatalogEntity,
  ExtractedPosition,
  ExtractedQuote,
  Mention,
} from '../types.js';
import {
  type FieldText,
  fieldPositions,
  type FoundPosition,
  type OfficeOrganization,
  type PositionFacts,
} from './positions.js';
import { FieldWords } from './field-words.js';
import { articleQuotes } from './quotes.js';
import { FORMER, officeWord, titleGender } from './words.js';

// Quotes and positions of one article: pure, text and mentions in, plain data out. Positions
// come first, since a role in an attribution ("sagte der Minister") is resolved through them.

export interface QuoteArticle {
  id: string;
  publishedAt: string;
  title: string;
  lead: string;
  body: readonly string[];
  mentions: readonly Mention[];
}

export type { PositionFacts } from './positions.js';

export interface ArticleStatements {
  quotes: ExtractedQuote[];
  positions: ExtractedPosition[];
}

/**
 * A position's id: one node per person, title and where it is held (the organisation entity, or
 * the country), so the catalog's post and the articles' reports of it are one node.
 */
export function positionId(
  personId: string,
  title: string,
  organizationId: string | null,
  countryId: string | null,
): string {
  return `position:${shortHash(personId, fold(title), organizationId ?? '', countryId ?? '')}`;
}

/**
 * Which organisation a title belongs to in a country, from the catalog's `offices`: the country's
 * own, or the one international organisation with that title ("Nato-Generalsekretär" whatever
 * the holder's country).
 */
export function officeOrganizations(
  entities: readonly CatalogEntity[],
): (title: string, countryId: string | null) => OfficeOrganization | null {
  const offices = new Map<string, CatalogEntity[]>();
  for (const entity of entities)
    for (const title of entity.offices ?? []) {
      const key = fold(title);
      offices.set(key, [...(offices.get(key) ?? []), entity]);
    }
  const found = (entity: CatalogEntity | undefined) =>
    entity ? { id: entity.id, countryId: entity.countryId ?? null } : null;
  // Without a country a title names its organisation only when one alone has it ("Sejmmarschall").
  return (title, countryId) => {
    const holders = offices.get(fold(title)) ?? [];
    const international = holders.length === 1 && !holders[0]?.countryId;
    if (countryId === null || international) return holders.length === 1 ? found(holders[0]) : null;
    return found(holders.find((entity) => entity.countryId === countryId));
  };
}

export interface CatalogPosition {
  id: string;
  personId: string;
  title: string;
  organizationId: string | null;
  countryId: string | null;
  former: boolean;
}

/** Curated people's roles as positions ("ehemaliger Außenminister Polens" → former Außenminister, PL, MSZ). */
export function catalogPositions(entities: readonly CatalogEntity[]): CatalogPosition[] {
  const organizationOf = officeOrganizations(entities);
  return entities.flatMap((entity) => {
    if (entity.kind !== 'PERSON' || !entity.role) return [];
    const position = rolePosition(entity.id, entity.role, entity.countryId ?? null, organizationOf);
    return position ? [position] : [];
  });
}

/** A role's title word and the words after it ("Sprecher des Kremls": "Sprecher", "des Kremls"). */
function roleParts(role: string): { former: boolean; head: string; rest: string } {
  const words = role.replace(/\s+a\.\s?D\.$/, ' a.D.').split(/\s+/);
  const former = FORMER.test(words[0] ?? '') || words.at(-1) === 'a.D.';
  // "belarussische Oppositionsführerin": the first capitalised word that is no "ehemalige".
  const at = words.findIndex((word) => /^\p{Lu}/u.test(word) && !FORMER.test(word));
  return {
    former,
    head: words[at] ?? '',
    rest: at < 0 ? '' : words.slice(at + 1).join(' '),
  };
}

/** A curated person's role as a position: the title is the role's first noun. */
function rolePosition(
  personId: string,
  role: string,
  countryId: string | null,
  organizationOf: (title: string, countryId: string | null) => OfficeOrganization | null,
): CatalogPosition | null {
  const { former, head } = roleParts(role);
  const office = officeWord(head);
  const title = office ? office.nominative : head;
  if (!title) return null;
  const organization = organizationOf(title, countryId) ?? organizationOf(head, countryId);
  const organizationId = organization?.id ?? null;
  // An international post serves no country: the holder's is their nationality.
  const postCountryId = organization && organization.countryId === null ? null : countryId;
  return {
    id: positionId(personId, title, organizationId, postCountryId),
    personId,
    title,
    organizationId,
    countryId: postCountryId,
    former,
  };
}

/** The words of a text, folded, each without a German case ending ("Außenministeriums" → aussenministerium). */
function stems(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((word) => word.length > 0)
    .map((word) => word.replace(/(?:es|en|s|n|e)$/, ''));
}

/** Whether a role's words name something the report wrote so ("des US-Außenministeriums"). */
function roleNames(roleWords: string, names: readonly string[]): boolean {
  const role = stems(roleWords);
  return names.some((name) => {
    const words = stems(name);
    return words.length > 0 && words.every((w) => role.some((r) => r.startsWith(w)));
  });
}

/**
 * One title in two spellings: equal, or a compound of the other whose first part is the federal
 * state's ("Bundeskanzler", "Kanzler") or a place the role names ("Kremlsprecher", "Sprecher des
 * Kremls"); "Vizekanzler" is another post than "Kanzler".
 */
function sameTitle(curated: string, reported: string, roleRest: string): boolean {
  const a = fold(curated);
  const b = fold(reported);
  if (a === b) return true;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (!long.endsWith(short)) return false;
  const prefix = long.slice(0, long.length - short.length).replace(/-$/, '');
  return prefix === 'bundes' || (prefix.length >= 3 && roleNames(roleRest, [prefix]));
}

/**
 * The id of a reported post: the catalog's position when the report is the holder's curated post,
 * so the two are one node with both as evidence; else the report's own. The same post: the same
 * title (`sameTitle`), no other country, and the catalog's organisation, or, when the catalog
 * knows the country alone, an organisation its role names ("Sprecherin des US-Außenministeriums").
 */
function reportedPositionId(
  found: FoundPosition,
  facts: PositionFacts,
  mentions: readonly Mention[],
): string {
  const own = positionId(found.personId, found.title, found.organizationId, found.countryId);
  const curated = facts.person(found.personId);
  if (!curated?.role) return own;
  const post = rolePosition(
    found.personId,
    curated.role,
    curated.countryId ?? null,
    facts.officeOrganization,
  );
  if (post === null || post.id === own) return own;
  const { rest } = roleParts(curated.role);
  if (!sameTitle(post.title, found.title, rest)) return own;
  if (post.countryId && found.countryId && post.countryId !== found.countryId) return own;
  if (post.organizationId !== null)
    return post.organizationId === found.organizationId ? post.id : own;
  const organizationNames = found.organizationId
    ? mentions.filter((m) => m.entityId === found.organizationId).map((m) => m.surface)
    : found.organizationName
      ? [found.organizationName]
      : [];
  if (organizationNames.length === 0) return post.id;
  return roleNames(rest, organizationNames) ? post.id : own;
}

function merged(found: readonly FoundPosition[]): FoundPosition[] {
  const byKey = new Map<string, FoundPosition>();
  for (const position of found) {
    const key = `${position.personId}\u0000${fold(position.title)}`;
    const known = byKey.get(key);
    if (!known) {
      byKey.set(key, { ...position });
      continue;
    }
    known.organizationId ??= position.organizationId;
    known.organizationName ??= known.organizationId ? null : position.organizationName;
    known.countryId ??= position.countryId;
    known.former ||= position.former;
  }
  return [...byKey.values()];
}

export function extractStatements(article: QuoteArticle, facts: PositionFacts): ArticleStatements {
  const fieldText = (field: ArticleField, text: string): FieldText => ({
    field,
    text,
    words: new FieldWords(text),
  });
  const fields = [
    fieldText('title', article.title),
    fieldText('lead', article.lead),
    fieldText('body', bodyText(article.body)),
  ];
  const found = merged(fields.flatMap((field) => fieldPositions(field, article.mentions, facts)));
  // Asked once per role phrase and candidate; answered once per person of the article.
  const held = new Map<string, { title: string; countryId: string | null }[]>();
  const titles = (personId: string) => {
    let titlesHeld = held.get(personId);
    if (titlesHeld === undefined) {
      titlesHeld = found
        .filter((p) => p.personId === personId)
        .map((p) => ({ title: p.title, countryId: p.countryId }));
      const curated = facts.person(personId);
      if (curated?.role)
        titlesHeld.push({
          title: curated.role.split(/\s+/)[0] ?? '',
          countryId: curated.countryId ?? null,
        });
      held.set(personId, titlesHeld);
    }
    return titlesHeld;
  };
  const genders = new Map<string, 'F' | 'M' | null>();
  const gender = (personId: string) => {
    let known = genders.get(personId);
    if (known === undefined) {
      const shown = new Set(
        [...titles(personId).map((t) => t.title), facts.person(personId)?.role ?? '']
          .map(titleGender)
          .filter((g) => g !== null),
      );
      known = shown.size === 1 ? ([...shown][0] ?? null) : null;
      genders.set(personId, known);
    }
    return known;
  };
  const quotes = articleQuotes(fields, article.mentions, { titles, gender });
  return {
    quotes: quotes.map((q) => ({
      id: `quote:${shortHash(article.id, q.field, String(q.start))}`,
      articleId: article.id,
      publishedAt: article.publishedAt,
      ...q,
    })),
    positions: found.map((p) => ({
      id: reportedPositionId(p, facts, article.mentions),
      personId: p.personId,
      title: p.title,
      organizationId: p.organizationId,
      organizationName: p.organizationName,
      countryId: p.countryId,
      former: p.former,
      articleId: article.id,
      publishedAt: article.publishedAt,
      sentence: p.sentence,
    })),
  };
}
